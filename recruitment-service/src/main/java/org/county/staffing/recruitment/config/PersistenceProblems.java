package org.county.staffing.recruitment.config;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.county.staffing.backbone.problem.ProblemResponses;
import org.county.staffing.backbone.problem.Reason;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two requests racing for the same post or teacher: the database's unique indexes stop the
 * second one. That is a conflict for the caller to retry, not a server error.
 */
public class PersistenceProblems {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PersistenceProblems.class);

    @ServerExceptionMapper(priority = 1)
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        return conflict(e.getConstraintName(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response persistence(PersistenceException e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ConstraintViolationException violation) {
            return conflict(violation.getConstraintName(), uri);
        }
        if (e instanceof jakarta.persistence.OptimisticLockException) {
            return conflict(null, uri);
        }
        LOG.errorf(e, "unexpected persistence failure on %s", uri == null ? null : uri.getPath());
        return ProblemResponses.of(500, "INTERNAL_ERROR", null, new Reason(
                "an unexpected error occurred; nothing was changed",
                "发生意外错误，未做任何更改"), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""));
    }

    private static Response conflict(String constraint, UriInfo uri) {
        return ProblemResponses.of(409, "NO_CONCURRENT_CHANGE", null, new Reason(
                "the change conflicts with another one made at the same time"
                        + (constraint == null ? "" : " (" + constraint + ")") + "; read the record again and retry",
                "该更改与同时进行的另一更改冲突，请重新读取后重试"), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""));
    }
}
