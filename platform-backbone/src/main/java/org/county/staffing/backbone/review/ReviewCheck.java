package org.county.staffing.backbone.review;

/** The outcome of one of a department's automatic checks of a plan version. */
public interface ReviewCheck {

    String rule();

    boolean passed();

    /** A failed blocking check stops approval; a failed warning is only reported. */
    default boolean blocking() {
        return true;
    }

    String detail();

    String detailZh();
}
