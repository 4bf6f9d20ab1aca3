package org.county.staffing.backbone.problem;

import java.util.List;

/**
 * A request refused because it breaks a named rule. Thrown anywhere inside a transaction, it
 * rolls the transaction back (nothing half-written) and becomes an RFC 9457 problem response.
 */
public class RuleViolation extends RuntimeException {

    private final int status;
    private final List<Violation> violations;

    public RuleViolation(int status, List<Violation> violations) {
        super(violations.isEmpty() ? "rule violation" : violations.get(0).rule() + ": " + violations.get(0).reason().en());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation names at least one rule");
        }
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public RuleViolation(int status, String rule, String field, Reason reason) {
        this(status, List.of(new Violation(field, rule, reason)));
    }

    /** 400: the request itself is malformed (a field of the wrong form). */
    public static RuleViolation badRequest(String rule, String field, Reason reason) {
        return new RuleViolation(400, rule, field, reason);
    }

    /** 403: the caller may not act on this (another school, another county). */
    public static RuleViolation forbidden(String rule, Reason reason) {
        return new RuleViolation(403, rule, null, reason);
    }

    /** 404: what the request names does not exist. */
    public static RuleViolation notFound(String rule, String field, Reason reason) {
        return new RuleViolation(404, rule, field, reason);
    }

    /** 409: the request conflicts with the current state (a full pool, an occupied post). */
    public static RuleViolation conflict(String rule, String field, Reason reason) {
        return new RuleViolation(409, rule, field, reason);
    }

    /** 422: well-formed, but breaks a business rule on its own terms. */
    public static RuleViolation unprocessable(String rule, String field, Reason reason) {
        return new RuleViolation(422, rule, field, reason);
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }

    public String rule() {
        return violations.get(0).rule();
    }
}
