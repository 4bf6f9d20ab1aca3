package org.county.staffing.infra.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document tells the truth about requests (issue 17.3): for every operation with a
 * JSON body, the body is marked required when the parameter is {@code @NotNull}, the body's schema
 * lists as {@code required} every field the record declares
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}, every enum field lists exactly the
 * Java enum's constants, and every {@code LocalDate}, {@code UUID} and {@code Instant} field carries
 * the format {@code date}, {@code uuid} or {@code date-time} (the service refuses anything else);
 * nested records and lists of records are checked the same way. Path and query parameters of an
 * enum, date or UUID type are checked the same way against the operation's parameters. Extend it in
 * a {@code @QuarkusTest} of the service (the document is read from the running
 * {@code /q/openapi}):
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(value = ServiceTestResource.class, initArgs = ...)
 * class OpenApiTruthTest extends OpenApiRequestContract {
 *     protected String rootPackage() { return "org.county.staffing.quota"; }
 * }
 * </pre>
 *
 * Resources are the classes annotated {@code @Path} under the root package in {@code target/classes}.
 */
public abstract class OpenApiRequestContract {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> NOT_BODY = Set.of(
            "jakarta.ws.rs.PathParam", "jakarta.ws.rs.QueryParam", "jakarta.ws.rs.HeaderParam",
            "jakarta.ws.rs.CookieParam", "jakarta.ws.rs.FormParam", "jakarta.ws.rs.MatrixParam",
            "jakarta.ws.rs.BeanParam", "jakarta.ws.rs.core.Context", "org.jboss.resteasy.reactive.RestPath",
            "org.jboss.resteasy.reactive.RestQuery", "org.jboss.resteasy.reactive.RestHeader",
            "org.jboss.resteasy.reactive.RestForm", "org.jboss.resteasy.reactive.RestCookie",
            "org.jboss.resteasy.reactive.RestMatrix");
    private static final Set<String> REQUIRED = Set.of(
            "jakarta.validation.constraints.NotNull", "jakarta.validation.constraints.NotBlank",
            "jakarta.validation.constraints.NotEmpty");

    /** Java types the services parse strictly, and the OpenAPI format that tells a client so. */
    private static final Map<Class<?>, String> FORMATS = Map.of(
            java.time.LocalDate.class, "date",
            java.util.UUID.class, "uuid",
            java.time.Instant.class, "date-time",
            java.time.OffsetDateTime.class, "date-time",
            java.time.ZonedDateTime.class, "date-time");

    /** The service's root package, e.g. {@code org.county.staffing.quota}. */
    protected abstract String rootPackage();

    /** The OpenAPI document of the running application. */
    protected JsonNode openApi() {
        try {
            return new ObjectMapper().readTree(given().accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REST resources: classes annotated {@code @Path} under the root package in {@code target/classes}. */
    protected List<Class<?>> resources() {
        return resourcesUnder(Path.of("target", "classes"), rootPackage());
    }

    @TestFactory
    Stream<DynamicTest> requestsDeclareRequiredFieldsEnumsAndFormats() {
        JsonNode document = openApi();
        Map<String, List<String>> problems = check(document, resources());
        Assertions.assertFalse(problems.isEmpty() && resources().isEmpty(),
                "no resource classes found under " + rootPackage());
        return problems.entrySet().stream().map(operation -> DynamicTest.dynamicTest(operation.getKey(), () ->
                Assertions.assertTrue(operation.getValue().isEmpty(), () -> operation.getKey()
                        + ": the OpenAPI document does not say what the service checks:\n  "
                        + String.join("\n  ", operation.getValue()))));
    }

    /**
     * For every operation (key {@code POST /path}), what the document leaves out or gets wrong about its path and
     * query parameters (enums, date/uuid/date-time formats) and its JSON body (required fields, enums, formats).
     */
    public static Map<String, List<String>> check(JsonNode document, Collection<Class<?>> resources) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            String base = pathOf(resource);
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Parameter body = bodyParameter(method);
                String path = normalize(base + "/" + (pathOf(method) == null ? "" : pathOf(method)));
                String key = verb + " " + path;
                List<String> problems = new ArrayList<>();
                JsonNode operation = document.path("paths").path(path).path(verb.toLowerCase(Locale.ROOT));
                JsonNode content = operation.path("requestBody").path("content");
                if (content.size() > 0 && firstJsonSchema(content) == null) {
                    // a body of another media type (e.g. text/csv) has no JSON fields to compare
                    continue;
                }
                if (operation.isMissingNode()) {
                    problems.add("the operation is missing from the document");
                } else {
                    for (Parameter parameter : method.getParameters()) {
                        compareParameter(document, document.path("paths").path(path), operation, parameter, problems);
                    }
                }
                if (!operation.isMissingNode() && body != null) {
                    JsonNode requestBody = operation.path("requestBody");
                    if (!requestBody.path("required").asBoolean(false) && requiredBody(body)) {
                        problems.add("the request body is not marked required");
                    }
                    JsonNode schema = firstJsonSchema(requestBody.path("content"));
                    if (schema == null) {
                        problems.add("no JSON schema for the request body");
                    } else {
                        compare(document, schema, body.getParameterizedType(), "", problems, new HashSet<>());
                    }
                }
                out.merge(key, problems, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            }
        }
        return out;
    }

    /** A body parameter declared {@code @NotNull}: the service refuses a request without one. */
    private static boolean requiredBody(Parameter body) {
        return hasAny(body, REQUIRED);
    }

    private static void compare(JsonNode document, JsonNode schema, Type type, String prefix, List<String> problems,
                                Set<Type> seen) {
        schema = resolve(document, schema);
        Class<?> raw = rawClass(type);
        if (raw == null || !seen.add(type)) {
            return;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            compare(document, schema.path("items"), p.getActualTypeArguments()[0], prefix + "[]", problems, seen);
            return;
        }
        if (raw.isEnum()) {
            checkEnum(schema, raw, prefix.isEmpty() ? "the body" : prefix, problems);
            return;
        }
        if (FORMATS.containsKey(raw)) {
            checkFormat(schema, raw, prefix.isEmpty() ? "the body" : prefix, problems);
            return;
        }
        if (!raw.isRecord()) {
            return;
        }
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = jsonName(component);
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            boolean mustBePresent = hasAny(component, REQUIRED) || fieldHasAny(raw, component.getName(), REQUIRED);
            if (mustBePresent && !required.contains(name)) {
                problems.add("'" + field + "' is @NotNull/@NotBlank but not listed in the schema's required");
            }
            JsonNode property = schema.path("properties").path(name);
            if (property.isMissingNode()) {
                problems.add("'" + field + "' is missing from the schema's properties");
                continue;
            }
            compare(document, property, component.getGenericType(), field, problems, new HashSet<>(seen));
        }
    }

    /** A path or query parameter of a type the service parses strictly: its schema must say so too. */
    private static void compareParameter(JsonNode document, JsonNode pathItem, JsonNode operation, Parameter parameter,
                                         List<String> problems) {
        String in = hasAny(parameter, Set.of("jakarta.ws.rs.PathParam", "org.jboss.resteasy.reactive.RestPath")) ? "path"
                : hasAny(parameter, Set.of("jakarta.ws.rs.QueryParam", "org.jboss.resteasy.reactive.RestQuery")) ? "query" : null;
        if (in == null) {
            return;
        }
        Class<?> raw = parameter.getType();
        if (Collection.class.isAssignableFrom(raw) && parameter.getParameterizedType() instanceof ParameterizedType p) {
            raw = rawClass(p.getActualTypeArguments()[0]);
        }
        if (raw == null || !raw.isEnum() && !FORMATS.containsKey(raw)) {
            return;
        }
        String name = parameterName(parameter);
        JsonNode schema = null;
        // the operation's own declaration wins over one on the path item
        for (JsonNode declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode candidate : declared) {
                candidate = resolve(document, candidate);
                if (candidate.path("name").asText().equals(name) && candidate.path("in").asText().equals(in)) {
                    schema = resolve(document, candidate.path("schema"));
                }
            }
        }
        String field = in + " parameter '" + name + "'";
        if (schema == null) {
            problems.add(field + " is missing from the operation's parameters");
            return;
        }
        if (schema.has("items") && !schema.has("enum") && !schema.has("format")) {
            schema = resolve(document, schema.get("items"));
        }
        if (raw.isEnum()) {
            checkEnum(schema, raw, field, problems);
        } else {
            checkFormat(schema, raw, field, problems);
        }
    }

    private static String parameterName(Parameter parameter) {
        for (Annotation a : parameter.getAnnotations()) {
            String type = a.annotationType().getName();
            if (type.equals("jakarta.ws.rs.PathParam") || type.equals("jakarta.ws.rs.QueryParam")
                    || type.equals("org.jboss.resteasy.reactive.RestPath") || type.equals("org.jboss.resteasy.reactive.RestQuery")) {
                try {
                    String value = (String) a.annotationType().getMethod("value").invoke(a);
                    if (!value.isEmpty()) {
                        return value;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return parameter.getName();
    }

    /** A date, instant or UUID is refused by the service when malformed: the schema must carry its format. */
    private static void checkFormat(JsonNode schema, Class<?> raw, String field, List<String> problems) {
        String expected = FORMATS.get(raw);
        String listed = schema.path("format").asText("");
        if (!listed.equals(expected)) {
            problems.add("'" + field + "' is a " + raw.getSimpleName() + " but its schema has "
                    + (listed.isEmpty() ? "no format" : "format '" + listed + "'") + " where it should say '" + expected + "'");
        }
    }

    private static void checkEnum(JsonNode schema, Class<?> raw, String field, List<String> problems) {
        Set<String> java = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        schema.path("enum").forEach(v -> listed.add(v.asText()));
        if (!listed.equals(java)) {
            problems.add("'" + field + "' lists " + (listed.isEmpty() ? "no enum values" : listed)
                    + " where the service accepts " + java);
        }
    }

    /** Follows {@code $ref} and a single {@code allOf}/{@code oneOf} wrapper (how nullable references are written). */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        for (int i = 0; i < 8 && schema != null; i++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                JsonNode target = document;
                for (String step : ref.replaceFirst("^#/", "").split("/")) {
                    target = target.path(step);
                }
                schema = target;
            } else if (schema.has("allOf") && schema.get("allOf").size() >= 1 && !schema.has("properties")
                    && !schema.has("enum")) {
                schema = schema.get("allOf").get(0);
            } else if (schema.has("oneOf") && !schema.has("properties") && !schema.has("enum")) {
                JsonNode chosen = null;
                for (JsonNode option : schema.get("oneOf")) {
                    if (!"null".equals(option.path("type").asText())) {
                        chosen = option;
                    }
                }
                schema = chosen;
            } else {
                break;
            }
        }
        return schema == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schema;
    }

    private static JsonNode firstJsonSchema(JsonNode content) {
        for (String mediaType : List.of("application/json", "*/*")) {
            if (content.has(mediaType)) {
                return content.get(mediaType).path("schema");
            }
        }
        return null;
    }

    private static Parameter bodyParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (hasAny(parameter, NOT_BODY)) {
                continue;
            }
            String type = parameter.getType().getName();
            if (type.startsWith("jakarta.ws.rs.") || type.startsWith("io.vertx.") || type.startsWith("org.jboss.resteasy.")
                    || type.equals("java.io.InputStream") || type.equals("jakarta.ws.rs.core.SecurityContext")) {
                continue;
            }
            return parameter;
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            String name = a.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") && HTTP_METHODS.contains(a.annotationType().getSimpleName())) {
                return a.annotationType().getSimpleName();
            }
        }
        return null;
    }

    private static String pathOf(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals("jakarta.ws.rs.Path")) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /** {@code /a//{id: [0-9]+}/} as OpenAPI writes it: {@code /a/{id}}. */
    static String normalize(String path) {
        String out = ("/" + path).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return out.length() > 1 && out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
    }

    private static String jsonName(RecordComponent component) {
        for (Annotation a : component.getAnnotations()) {
            if (a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonProperty")) {
                try {
                    String value = (String) a.annotationType().getMethod("value").invoke(a);
                    if (!value.isEmpty()) {
                        return value;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return component.getName();
    }

    private static boolean fieldHasAny(Class<?> record, String field, Set<String> names) {
        try {
            return hasAny(record.getDeclaredField(field), names);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static boolean hasAny(AnnotatedElement element, Set<String> names) {
        for (Annotation a : element.getAnnotations()) {
            if (names.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** Classes annotated {@code @Path} under {@code rootPackage} in a class directory, loaded by the test's class loader. */
    public static List<Class<?>> resourcesUnder(Path classDirectory, String rootPackage) {
        Path packageDirectory = classDirectory.resolve(rootPackage.replace('.', '/'));
        if (!Files.isDirectory(packageDirectory)) {
            return List.of();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packageDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classDirectory.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, loader);
                if (pathOf(type) != null && !type.isInterface()) {
                    out.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
