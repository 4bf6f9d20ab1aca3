package org.county.staffing.quota.ledger;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    public List<EntryView> schoolLedger(@PathParam("id") String id, @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit) {
        caller.requireSchool(id);
        LedgerResource.Page page = LedgerResource.Page.of(offset, limit);
        schools.get(caller.countyId(), id);
        return allocations.entries(caller.countyId(), id, null, null, null, page.offset(), page.limit());
    }
}
