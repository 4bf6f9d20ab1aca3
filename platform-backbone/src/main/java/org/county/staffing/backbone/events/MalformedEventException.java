package org.county.staffing.backbone.events;

/** A record that is not a valid CloudEvent of this platform; it can never be processed. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
