package org.county.staffing.backbone.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, List<Violation> violations, String instance) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, violations, instance))
                .build();
    }

    public static Response of(int status, String rule, String field, Reason reason, String instance) {
        return of(status, List.of(new Violation(field, rule, reason)), instance);
    }
}
