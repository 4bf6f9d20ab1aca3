package org.county.staffing.quota.ledger;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.quota.pool.Pool;

/** The dedicated quota ledger of the county (專編專用, 單獨記賬): every entry, in order. */
@Path("/ledger")
public class LedgerResource {

    @Inject
    AllocationService allocations;

    @Inject
    Caller caller;

    static final int MAX_PAGE = 5_000;
    static final int DEFAULT_PAGE = 1_000;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<EntryView> ledger(@QueryParam("schoolId") String schoolId, @QueryParam("pool") Pool pool,
                                  @QueryParam("kind") EntryKind kind, @QueryParam("reference") String reference,
                                  @QueryParam("offset") @Min(value = 0, message = OFFSET_RANGE) Integer offset,
                                  @QueryParam("limit") @Min(value = 1, message = LIMIT_RANGE) @Max(value = MAX_PAGE, message = LIMIT_RANGE)
                                  Integer limit) {
        return allocations.entries(caller.countyId(), schoolId, pool, kind, reference, offset == null ? 0 : offset,
                limit == null ? DEFAULT_PAGE : limit);
    }

    /** Rule PAGING_RANGE (the backbone's, enforced by its query converters): entries skipped, 0 or more. */
    static final String OFFSET_RANGE = "PAGING_RANGE: offset is 0 or more|offset 不能为负数";
    /** Rule PAGING_RANGE: entries per answer, 1 to 5000 (default 1000). */
    static final String LIMIT_RANGE = "PAGING_RANGE: limit is 1 to 5000 entries|limit 须在 1 到 5000 之间";
}
