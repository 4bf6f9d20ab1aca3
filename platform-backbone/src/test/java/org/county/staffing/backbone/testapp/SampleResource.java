package org.county.staffing.backbone.testapp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

/** Echoes a body of every JSON type the services read, so that the strict reading can be tested. */
@Path("/samples")
public class SampleResource {

    @Inject
    Caller caller;

    public record Sample(Integer count, int small, Long big, BigDecimal amount, Boolean flag, boolean late,
                         LocalDate on, Instant at, String name, WidgetResource.Shape shape, List<String> tags,
                         List<Part> parts, Map<String, Object> extra, JsonNode free, java.util.UUID ref) {
    }

    public record Part(String label, Integer size) {
    }

    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Sample echo(@Valid Sample sample) {
        return sample;
    }

    @GET
    @Path("/{name}")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Map<String, String> byName(@PathParam("name") String name, @QueryParam("q") String q) {
        return Map.of("name", name, "q", String.valueOf(q));
    }

    /** Who the request's token says the caller is: its user, county, school and roles. */
    @GET
    @Path("/caller/whoami")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.HR, Roles.SCHOOL})
    public Map<String, String> caller() {
        return Map.of("username", caller.username(), "county", caller.countyId(), "school", caller.schoolId().orElse("-"),
                "role", caller.primaryRole());
    }
}
