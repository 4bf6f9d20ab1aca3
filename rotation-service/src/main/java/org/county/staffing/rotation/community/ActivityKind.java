package org.county.staffing.rotation.community;

/** What a community does together (seed: teaching research, lectures, lessons sent, training). */
public enum ActivityKind {
    /** 校際教研. */
    TEACHING_RESEARCH,
    /** 講座. */
    LECTURE,
    /** 送課. */
    LESSON_SENT,
    /** 培訓 (counted in person-times). */
    TRAINING
}
