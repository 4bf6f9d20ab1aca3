package org.county.staffing.quota.school;

import java.util.EnumSet;
import java.util.Set;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Which stages each kind of institution may teach. */
public final class StageRules {

    private StageRules() {
    }

    public static Set<Stage> allowed(SchoolKind kind) {
        return switch (kind) {
            case SCHOOL -> EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR);
            case KINDERGARTEN -> EnumSet.of(Stage.KINDERGARTEN);
            case VOCATIONAL -> EnumSet.of(Stage.VOCATIONAL);
            case SPECIAL_EDUCATION -> EnumSet.of(Stage.SPECIAL);
            case NON_SCHOOL_INSTITUTION -> EnumSet.noneOf(Stage.class);
        };
    }

    /**
     * Rule SCHOOL_STAGES_FIT_KIND: a kindergarten teaches KINDERGARTEN, a K-12 school one or more of
     * PRIMARY/JUNIOR/SENIOR, ...; a non-school institution teaches none.
     */
    public static void requireStagesFit(SchoolKind kind, Set<Stage> stages) {
        Set<Stage> allowed = allowed(kind);
        if (kind != SchoolKind.NON_SCHOOL_INSTITUTION && stages.isEmpty()) {
            throw RuleViolation.unprocessable("SCHOOL_STAGES_FIT_KIND", "stages", new Reason(
                    "a " + kind + " teaches at least one of " + allowed,
                    kind + " 类机构至少设置以下学段之一：" + allowed));
        }
        for (Stage stage : stages) {
            if (!allowed.contains(stage)) {
                throw RuleViolation.unprocessable("SCHOOL_STAGES_FIT_KIND", "stages", new Reason(
                        "a " + kind + " does not teach " + stage + "; allowed: " + allowed,
                        kind + " 类机构不能设置学段 " + stage + "，允许的学段：" + allowed));
            }
        }
    }
}
