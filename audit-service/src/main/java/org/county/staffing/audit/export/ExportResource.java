package org.county.staffing.audit.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.audit.query.AuditFilter;
import org.county.staffing.audit.query.AuditQueryService;
import org.county.staffing.audit.query.QueryParameters;
import org.county.staffing.audit.query.ReadScope;
import org.county.staffing.audit.query.ReadScopes;
import org.county.staffing.audit.record.RecordContent;
import org.county.staffing.audit.record.RecordHasher;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;

/**
 * The log of a period as CSV, streamed: rows go out as the database cursor yields them, so the
 * size of the period is bounded by nothing but the caller's patience.
 */
@Path("/audit/export")
public class ExportResource {

    public static final String TEXT_CSV = "text/csv; charset=UTF-8; header=present";
    static final List<String> HEADER = List.of("chain_position", "event_id", "time", "type", "source", "subject",
            "actor", "correlation_id", "causation_id", "data", "county_id", "received_at", "prev_hash", "hash");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    @Inject
    AuditQueryService records;

    @Inject
    ReadScopes scopes;

    @Inject
    Caller caller;

    @Inject
    AuditConfig config;

    @GET
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.AUDITOR, Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU})
    public Response export(@QueryParam("format") String format,
                           @QueryParam("from") @Parameter(required = true, description = "start of the period (inclusive): "
                                   + "an RFC 3339 timestamp or a date of the county") String from,
                           @QueryParam("to") @Parameter(required = true, description = "end of the period (exclusive for a "
                                   + "timestamp, the whole day for a date)") String to,
                           @QueryParam("type") String type,
                           @QueryParam("subject") String subject, @QueryParam("actor") String actor,
                           @QueryParam("correlationId") String correlationId) {
        String countyId = caller.countyId();
        ReadScope scope = scopes.current();
        QueryParameters params = new QueryParameters(ZoneId.of(config.zone()));
        params.exportFormat(format);
        params.requirePeriod(from, to);
        AuditFilter filter = params.filter(type, subject, actor, correlationId, from, to);
        params.check();

        // who read what of the log is itself worth knowing
        LOG.infof("audit export by %s of county %s from %s to %s", caller.actor(), countyId, filter.from(), filter.to());
        int fetchSize = config.export().fetchSize();
        boolean bom = config.export().utf8Bom();
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            if (bom) {
                writer.write('\uFEFF');
            }
            CsvWriter csv = new CsvWriter(writer);
            csv.row(HEADER);
            try {
                records.stream(countyId, scope, filter, fetchSize, record -> csv.row(row(record.content(), record.prevHash(), record.hash())));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                // the status line is already sent: all that is left is to end the response short
                LOG.errorf(e, "audit export of county %s failed after the response started", countyId);
                throw new IOException("audit export failed: " + e.getMessage(), e);
            }
            writer.flush();
        };
        String filename = "audit-" + countyId.replaceAll("[^A-Za-z0-9-]", "_") + "-" + stamp(filter.from()) + "-"
                + stamp(filter.to()) + ".csv";
        return Response.ok(body, TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }

    static List<String> row(RecordContent c, String prevHash, String hash) {
        return Arrays.asList(Long.toString(c.chainPosition()), c.eventId(), RecordHasher.timestamp(c.time()),
                c.type(), c.source(), c.subject(), c.actor(), c.correlationId(), c.causationId(), c.data(), c.countyId(),
                RecordHasher.timestamp(c.receivedAt()), prevHash, hash);
    }

    static String stamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(FILE_STAMP);
    }
}
