package org.county.staffing.audit.query;

import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
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
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        QueryParameters params = parameters();
        AuditFilter filter = params.filter(type, subject, actor, correlationId, from, to);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, config.query().defaultPageSize(), config.query().maxPageSize());
        params.check();
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
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        QueryParameters params = parameters();
        String id = params.subject(subject);
        AuditFilter filter = params.filter(type, null, null, null, from, to).mentioning(id);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, config.query().defaultPageSize(), config.query().maxPageSize());
        params.check();
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

    private QueryParameters parameters() {
        return new QueryParameters(ZoneId.of(config.zone()));
    }
}
