package org.county.staffing.quota.ledger;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.quota.school.SchoolService;

/** One school's ledger entries; a school user reads its own. */
@Path("/schools/{id}/ledger")
public class SchoolLedgerResource {

    @Inject
    AllocationService allocations;

    @Inject
    SchoolService schools;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<EntryView> schoolLedger(@PathParam("id") String id,
                                        @QueryParam("offset") @Min(value = 0, message = LedgerResource.OFFSET_RANGE) Integer offset,
                                        @QueryParam("limit") @Min(value = 1, message = LedgerResource.LIMIT_RANGE)
                                        @Max(value = LedgerResource.MAX_PAGE, message = LedgerResource.LIMIT_RANGE) Integer limit) {
        caller.requireSchool(id);
        schools.get(caller.countyId(), id);
        return allocations.entries(caller.countyId(), id, null, null, null, offset == null ? 0 : offset,
                limit == null ? LedgerResource.DEFAULT_PAGE : limit);
    }
}
