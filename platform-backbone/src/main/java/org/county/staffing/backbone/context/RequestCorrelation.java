package org.county.staffing.backbone.context;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

/**
 * The correlation id of the current HTTP request: the caller's {@code X-Correlation-Id} when it
 * is well formed, a new UUID otherwise. Echoed on the response so callers can find the audit trail.
 */
@RequestScoped
public class RequestCorrelation {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String id;

    public String id() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    void accept(String headerValue) {
        if (headerValue != null && WELL_FORMED.matcher(headerValue).matches()) {
            id = headerValue;
        }
    }
}
