package org.county.staffing.backbone.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.county.staffing.backbone.problem.ProblemResponses;
import org.county.staffing.backbone.problem.RuleViolation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses control characters in every path and query parameter of every service, before any
 * resource sees them (a NUL would otherwise reach PostgreSQL and end in a 500). JSON strings are
 * checked while the body is read ({@code StrictJson}).
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 500)
    public Response refuseControlCharacters(UriInfo uri) {
        RuleViolation found = first(uri.getPathParameters(true));
        if (found == null) {
            found = first(uri.getQueryParameters(true));
        }
        if (found == null) {
            return null;
        }
        return ProblemResponses.of(found.status(), found.violations(), "/" + uri.getPath().replaceFirst("^/", "")
                .replaceAll("\\p{Cntrl}", "?"));
    }

    private static RuleViolation first(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            int inName = ControlCharacters.inParameter(name);
            if (inName >= 0) {
                return ControlCharacters.violation("parameter", name.replaceAll("\\p{Cntrl}", "?"), name, inName);
            }
            for (String value : parameter.getValue()) {
                int at = ControlCharacters.inParameter(value);
                if (at >= 0) {
                    return ControlCharacters.violation("parameter", name, value, at);
                }
            }
        }
        return null;
    }
}
