package org.county.staffing.backbone.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns Bean Validation failures into named rules with English and Chinese reasons.
 *
 * <p>A constraint may name its rule itself with a message of the form
 * {@code RULE_NAME: English reason|中文原因}; otherwise the rule is the constraint's name
 * ({@code NOT_NULL}, {@code MIN}, ...) and the reasons are derived from its attributes.
 */
public final class ValidationViolations {

    private static final Pattern NAMED = Pattern.compile("([A-Z][A-Z0-9_]+): (.+)\\|(.+)", Pattern.DOTALL);

    private ValidationViolations() {
    }

    public static List<Violation> of(Iterable<? extends ConstraintViolation<?>> constraintViolations) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<?> cv : constraintViolations) {
            out.add(of(cv));
        }
        out.sort(Comparator.comparing((Violation v) -> v.field() == null ? "" : v.field()).thenComparing(Violation::rule));
        return out;
    }

    static Violation of(ConstraintViolation<?> cv) {
        String field = field(cv.getPropertyPath());
        Matcher named = NAMED.matcher(cv.getMessage());
        if (named.matches()) {
            return new Violation(field, named.group(1), new Reason(named.group(2).trim(), named.group(3).trim()));
        }
        String constraint = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attrs = cv.getConstraintDescriptor().getAttributes();
        return new Violation(field, upperSnake(constraint), new Reason(cv.getMessage(), chinese(constraint, attrs, cv.getMessage())));
    }

    /** The field as the client sent it: {@code items[2].amount}, without method and parameter names. */
    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                continue;
            }
            // the index of a list element sits on the node after the list
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        if (out.length() == 0 && parameter != null && !"body".equals(parameter)) {
            return parameter;
        }
        return out.length() == 0 ? null : out.toString();
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String chinese(String constraint, Map<String, Object> a, String english) {
        return switch (constraint) {
            case "NotNull" -> "不能为空";
            case "NotBlank" -> "不能为空白";
            case "NotEmpty" -> "不能为空";
            case "Null" -> "必须为空";
            case "Min" -> "必须大于或等于 " + a.get("value");
            case "Max" -> "必须小于或等于 " + a.get("value");
            case "DecimalMin" -> "必须大于" + (Boolean.FALSE.equals(a.get("inclusive")) ? " " : "或等于 ") + a.get("value");
            case "DecimalMax" -> "必须小于" + (Boolean.FALSE.equals(a.get("inclusive")) ? " " : "或等于 ") + a.get("value");
            case "Positive" -> "必须大于 0";
            case "PositiveOrZero" -> "必须大于或等于 0";
            case "Negative" -> "必须小于 0";
            case "NegativeOrZero" -> "必须小于或等于 0";
            case "Size" -> "长度（个数）必须在 " + a.get("min") + " 到 " + a.get("max") + " 之间";
            case "Pattern" -> "格式不正确，须匹配 \"" + a.get("regexp") + "\"";
            case "Email" -> "不是合法的电子邮件地址";
            case "Past" -> "必须是过去的时间";
            case "PastOrPresent" -> "必须是过去或现在的时间";
            case "Future" -> "必须是将来的时间";
            case "FutureOrPresent" -> "必须是现在或将来的时间";
            case "Digits" -> "数字位数超出范围（整数 " + a.get("integer") + " 位，小数 " + a.get("fraction") + " 位）";
            case "AssertTrue" -> "必须为真";
            case "AssertFalse" -> "必须为假";
            default -> "校验未通过：" + english;
        };
    }
}
