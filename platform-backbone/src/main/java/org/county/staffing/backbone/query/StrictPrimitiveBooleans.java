package org.county.staffing.backbone.query;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.county.staffing.backbone.problem.ProblemResponses;
import org.county.staffing.backbone.problem.RuleViolation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A primitive {@code boolean} query parameter is handed to its converter as {@code "0"} when it is
 * absent, so the converter cannot tell {@code ?dryRun=0} from no {@code dryRun}. This filter reads
 * the values the client actually sent for such parameters and refuses anything but
 * {@code true}/{@code false} ({@code QUERY_PARAMETER_TYPE}), so {@code 1}, {@code 0} and
 * {@code yes} never pass for a boolean.
 */
public class StrictPrimitiveBooleans {

    private final Map<Method, List<String>> primitiveBooleans = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseNonBooleans(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        for (String name : primitiveBooleans.computeIfAbsent(method, StrictPrimitiveBooleans::primitiveBooleanQueries)) {
            for (String value : uri.getQueryParameters(true).getOrDefault(name, List.of())) {
                try {
                    QueryValues.bool(name, value);
                } catch (RuleViolation e) {
                    return ProblemResponses.of(e.status(), e.violations(), "/" + uri.getPath().replaceFirst("^/", ""));
                }
            }
        }
        return null;
    }

    private static List<String> primitiveBooleanQueries(Method method) {
        List<String> out = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() != boolean.class) {
                continue;
            }
            for (Annotation annotation : parameter.getAnnotations()) {
                if (annotation instanceof QueryParam query) {
                    out.add(query.value());
                }
            }
        }
        return List.copyOf(out);
    }
}
