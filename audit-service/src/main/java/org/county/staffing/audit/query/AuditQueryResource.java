package org.county.staffing.audit.query;

import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/**
 * Reading the audit log: search, one record, the timeline of one subject, counts per type.
 * There is no endpoint that writes: the log is filled from the event topics only.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditQueryResource {

    @Inject
    AuditQueryService records;

    @Inject
    ReadScopes scopes;

    @Inject
    Caller caller;

    @Inject
    AuditConfig config;

    @GET
    @Path("/events")
    @RolesAllowed({Roles.AUDITOR, Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.SCHOOL})
    public AuditPage events(@QueryParam("type") String type, @QueryParam("subject") String subject,
                            @QueryParam("actor") String actor, @QueryParam("correlationId") String correlationId,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @BeanParam Paging paging) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        QueryParameters params = parameters();
        AuditFilter filter = params.filter(type, subject, actor, correlationId, from, to);
        params.check();
        int pageNumber = paging.page();
        int pageSize = pageSize(paging);
        return records.page(countyId, scope, filter, pageNumber, pageSize);
    }

    @GET
    @Path("/events/{eventId}")
    @RolesAllowed({Roles.AUDITOR, Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.SCHOOL})
    public AuditRecordView event(@PathParam("eventId") String eventId) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        return records.find(countyId, scope, eventId).map(AuditRecordView::of)
                .orElseThrow(() -> RuleViolation.notFound("AUDIT_RECORD_EXISTS", "eventId", new Reason(
                        "no event " + eventId + " is recorded that you may read",
                        "审计日志中没有您可查阅的事件 " + eventId)));
    }

    /**
     * Everything that happened to one school, post, teacher, plan (or any other id), across
     * services, in the order it happened: the events about it and the events that name it.
     */
    @GET
    @Path("/timeline/{subject}")
    @RolesAllowed({Roles.AUDITOR, Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.SCHOOL})
    public AuditPage timeline(@PathParam("subject") String subject, @QueryParam("type") String type,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @BeanParam Paging paging) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        QueryParameters params = parameters();
        String id = params.subject(subject);
        AuditFilter filter = params.filter(type, null, null, null, from, to).mentioning(id);
        params.check();
        int pageNumber = paging.page();
        int pageSize = pageSize(paging);
        AuditPage timeline = records.page(countyId, scope, filter, pageNumber, pageSize);
        if (timeline.total() == 0) {
            throw RuleViolation.notFound("AUDIT_SUBJECT_RECORDED", "subject", new Reason(
                    "nothing is recorded about " + subject + " that you may read",
                    "审计日志中没有您可查阅的关于 " + subject + " 的记录"));
        }
        return timeline;
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.AUDITOR, Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU})
    public AuditStats stats(@QueryParam("from") String from, @QueryParam("to") String to) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        QueryParameters params = parameters();
        AuditFilter filter = params.filter(null, null, null, null, from, to);
        params.check();
        List<AuditStats.TypeCount> types = records.countByType(countyId, scope, filter);
        long total = types.stream().mapToLong(AuditStats.TypeCount::count).sum();
        return new AuditStats(countyId, filter.from(), filter.to(), total, types);
    }

    /**
     * Rule PAGING_RANGE: the configured default when absent, at most the configured maximum (itself at
     * most the platform's 500); larger extracts go through the streamed export.
     */
    private int pageSize(Paging paging) {
        int max = Math.min(config.query().maxPageSize(), Paging.MAX_SIZE);
        int size = paging.size(Math.min(config.query().defaultPageSize(), max));
        if (size > max) {
            throw RuleViolation.badRequest(Paging.PAGING_RANGE, "size", new Reason(
                    "size is 1 to " + max + " rows; larger extracts use /audit/export (not " + size + ")",
                    "每页行数应在 1 到 " + max + " 之间；更大的数据量请使用 /audit/export 导出（而不是 " + size + "）"));
        }
        return size;
    }

    private QueryParameters parameters() {
        return new QueryParameters(ZoneId.of(config.zone()));
    }
}
