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
 * Checks the query values the client actually sent where the converters cannot see them:
 * <ul>
 * <li>a primitive {@code boolean} parameter is handed to its converter as {@code "0"} when it is
 * absent, so the converter cannot tell {@code ?dryRun=0} from no {@code dryRun}: anything but
 * {@code true}/{@code false} is refused here, so {@code 1}, {@code 0} and {@code yes} never pass;</li>
 * <li>an empty value ({@code ?vacant=}) of a parameter that is not text reaches no converter at all
 * and would be read as "no filter": it is refused as {@code FIELD_TYPE} naming the parameter.</li>
 * </ul>
 */
public class SentQueryValues {

    private record Checked(String name, boolean primitiveBoolean) {
    }

    private final Map<Method, List<Checked>> checked = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseWhatNoConverterSees(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Map<String, List<String>> sent = null;
        for (Checked parameter : checked.computeIfAbsent(method, SentQueryValues::typedQueries)) {
            if (sent == null) {
                sent = uri.getQueryParameters(true);
            }
            for (String value : sent.getOrDefault(parameter.name(), List.of())) {
                try {
                    if (parameter.primitiveBoolean()) {
                        QueryValues.bool(parameter.name(), value);
                    } else if (value.isEmpty()) {
                        throw QueryValues.wrongValue(QueryValues.QUERY_PARAMETER_TYPE, parameter.name(), value,
                                "a value (leave the parameter out to not filter by it)", "一个值（不按它筛选时请省略该参数）");
                    }
                } catch (RuleViolation e) {
                    return ProblemResponses.of(e.status(), e.violations(), "/" + uri.getPath().replaceFirst("^/", ""));
                }
            }
        }
        return null;
    }

    /** The query parameters of the method that are not text: primitive booleans and every typed one. */
    private static List<Checked> typedQueries(Method method) {
        List<Checked> out = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            if (type == String.class || java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
                continue;
            }
            for (Annotation annotation : parameter.getAnnotations()) {
                if (annotation instanceof QueryParam query) {
                    out.add(new Checked(query.value(), type == boolean.class));
                }
            }
        }
        return List.copyOf(out);
    }
}
