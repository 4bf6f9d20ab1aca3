package org.county.staffing.quota.ledger;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The dedicated quota ledger of the county (專編專用, 單獨記賬): every entry, in order. */
@Path("/ledger")
public class LedgerResource {

    @Inject
    AllocationService allocations;

    @Inject
    Caller caller;

    static final int MAX_PAGE = 5_000;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<EntryView> ledger(@QueryParam("schoolId") String schoolId, @QueryParam("pool") String pool,
                                  @QueryParam("kind") String kind, @QueryParam("reference") String reference,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        Page page = Page.of(offset, limit);
        return allocations.entries(caller.countyId(), schoolId, pool == null || pool.isBlank() ? null : AllocationService.parsePool(pool),
                kind == null || kind.isBlank() ? null : parseKind(kind), reference, page.offset(), page.limit());
    }

    /** Rule PAGE_RANGE: offset 0 or more, limit 1 to 5000 (default 1000). */
    record Page(int offset, int limit) {
        static Page of(String offset, String limit) {
            int from = number("offset", offset, 0);
            int size = number("limit", limit, 1000);
            if (from < 0) {
                throw RuleViolation.badRequest("PAGE_RANGE", "offset", new Reason("offset is 0 or more", "offset 不能为负数"));
            }
            if (size < 1 || size > MAX_PAGE) {
                throw RuleViolation.badRequest("PAGE_RANGE", "limit", new Reason(
                        "limit is between 1 and " + MAX_PAGE, "limit 须在 1 到 " + MAX_PAGE + " 之间"));
            }
            return new Page(from, size);
        }

        private static int number(String field, String text, int fallback) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw RuleViolation.badRequest("PAGE_RANGE", field, new Reason(
                        field + " is a whole number, not '" + text + "'", field + " 必须是整数，而不是 '" + text + "'"));
            }
        }
    }

    static EntryKind parseKind(String text) {
        try {
            return EntryKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.badRequest("ENTRY_KIND_KNOWN", "kind", new Reason(
                    "'" + text + "' is not an entry kind; known: " + List.of(EntryKind.values()),
                    "'" + text + "' 不是台账条目类型，可选：" + List.of(EntryKind.values())));
        }
    }
}
