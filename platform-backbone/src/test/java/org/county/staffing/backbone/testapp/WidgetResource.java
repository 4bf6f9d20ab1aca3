package org.county.staffing.backbone.testapp;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** A minimal service of the test application: a state change plus its event in one transaction. */
@Path("/widgets")
public class WidgetResource {

    public record NewWidget(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,100}", message = "WIDGET_NAME_FORM: a widget name is lower-case letters, digits and dashes|部件名称只能由小写字母、数字和连字符组成") String name,
            @NotNull @Min(1) @Max(100) Integer size,
            boolean failAfterEvent) {
    }

    public record Rename(@NotBlank String name) {
    }

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @POST
    @Transactional
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response create(@Valid NewWidget body) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.name = body.name();
        widget.size = body.size();
        widget.countyId = caller.countyId();
        widget.persist();
        outbox.append("test.widget.created.v1", "widget", widget.id.toString(),
                Map.of("id", widget.id, "name", widget.name, "size", widget.size));
        if (body.failAfterEvent()) {
            throw RuleViolation.conflict("TEST_FAILS_AFTER_EVENT", "failAfterEvent",
                    new Reason("asked to fail after writing the event", "按要求在写入事件后失败"));
        }
        return Response.status(201).entity(Map.of("id", widget.id)).build();
    }

    @PUT
    @Path("/{id}/name")
    @Transactional
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Map<String, Object> rename(@PathParam("id") UUID id, @Valid Rename body) {
        Widget widget = find(id);
        widget.name = body.name();
        outbox.append("test.widget.renamed.v1", "widget", id.toString(), Map.of("id", id, "name", body.name()));
        return Map.of("id", id, "name", widget.name);
    }

    public enum Shape {
        ROUND,
        SQUARE
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public Map<String, Object> search(@QueryParam("shape") Shape shape,
                                      @QueryParam("owner") UUID owner) {
        return Map.of("shape", String.valueOf(shape), "owner", String.valueOf(owner));
    }

    /** Every kind of query parameter the backbone converts, echoed back. */
    @GET
    @Path("/filters")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public Map<String, Object> filters(@QueryParam("vacant") Boolean vacant,
                                       @QueryParam("dryRun") boolean dryRun,
                                       @QueryParam("days") Integer days,
                                       @QueryParam("count") @DefaultValue("7") int count,
                                       @QueryParam("big") Long big,
                                       @QueryParam("from") LocalDate from,
                                       @QueryParam("schoolYear") SchoolYear schoolYear,
                                       @BeanParam Paging paging) {
        Map<String, Object> echo = new java.util.LinkedHashMap<>();
        echo.put("vacant", String.valueOf(vacant));
        echo.put("dryRun", dryRun);
        echo.put("days", String.valueOf(days));
        echo.put("count", count);
        echo.put("big", String.valueOf(big));
        echo.put("from", String.valueOf(from));
        echo.put("schoolYear", String.valueOf(schoolYear));
        echo.put("page", paging.page());
        echo.put("size", paging.size(20));
        return echo;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public Widget get(@PathParam("id") UUID id) {
        return find(id);
    }

    private Widget find(UUID id) {
        Widget widget = Widget.findById(id);
        if (widget == null) {
            throw RuleViolation.notFound("WIDGET_EXISTS", "id", new Reason("no widget " + id, "部件 " + id + " 不存在"));
        }
        caller.requireCounty(widget.countyId);
        return widget;
    }
}
