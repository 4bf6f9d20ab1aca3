package org.county.staffing.rotation.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.rotation.planner.model.Grade;

/**
 * Rule ROTATION_DUE: a teacher is due when their consecutive years at the current school, counted
 * to the first day of the school year, reach {@code dueYears}; a due teacher may be exempt, each
 * exemption with its reason (rule ROTATION_EXEMPTION).
 */
public final class Eligibility {

    public record Settings(int dueYears, int retirementAgeMale, int retirementAgeFemale, int nearRetirementYears,
                           int probationYears, int recentlyRotatedYears, boolean exemptUnqualified) {

        public static Settings defaults() {
            return new Settings(6, 60, 55, 3, 1, 3, true);
        }
    }

    public enum Kind {
        NEAR_RETIREMENT, ON_LEAVE, SECONDED, PROBATION, RECENTLY_ROTATED, UNQUALIFIED, MANUAL
    }

    public record Exemption(Kind kind, String en, String zh) {
    }

    /** What the rule needs to know about a teacher. */
    public record Facts(UUID teacherId, String name, String schoolId, String subject, String postId, String status,
                        String gender, LocalDate birthDate, LocalDate firstHireDate, LocalDate atSchoolSince,
                        LocalDate lastRotationStarted, Grade latestGrade, String manualExemption, boolean backbone,
                        boolean young) {
    }

    public record Verdict(Facts teacher, int yearsAtSchool, boolean reachesYears, List<Exemption> exemptions) {
        public boolean due() {
            return reachesYears && exemptions.isEmpty();
        }
    }

    private Eligibility() {
    }

    public static Verdict assess(Facts t, SchoolYear year, Settings settings) {
        LocalDate start = year.startsOn();
        int years = t.atSchoolSince() == null || t.atSchoolSince().isAfter(start) ? 0
                : Period.between(t.atSchoolSince(), start).getYears();
        List<Exemption> exemptions = new ArrayList<>();
        if (t.birthDate() != null && t.gender() != null) {
            int retirement = "FEMALE".equals(t.gender()) ? settings.retirementAgeFemale() : settings.retirementAgeMale();
            int age = Period.between(t.birthDate(), start).getYears();
            if (age >= retirement - settings.nearRetirementYears()) {
                exemptions.add(new Exemption(Kind.NEAR_RETIREMENT,
                        "aged " + age + ", within " + settings.nearRetirementYears() + " years of retirement at " + retirement,
                        "年龄 " + age + " 岁，距 " + retirement + " 岁退休不足 " + settings.nearRetirementYears() + " 年"));
            }
        }
        if ("ON_LEAVE".equals(t.status())) {
            exemptions.add(new Exemption(Kind.ON_LEAVE, "on leave", "休假中"));
        }
        if ("SECONDED".equals(t.status())) {
            exemptions.add(new Exemption(Kind.SECONDED, "seconded to another institution", "借调在外"));
        }
        if (t.firstHireDate() != null && t.firstHireDate().plusYears(settings.probationYears()).isAfter(start)) {
            exemptions.add(new Exemption(Kind.PROBATION,
                    "first hired on " + t.firstHireDate() + ", still within " + settings.probationYears() + " year(s) of probation",
                    "首次聘用于 " + t.firstHireDate() + "，仍在 " + settings.probationYears() + " 年试用期内"));
        }
        if (t.lastRotationStarted() != null && t.lastRotationStarted().plusYears(settings.recentlyRotatedYears()).isAfter(start)) {
            exemptions.add(new Exemption(Kind.RECENTLY_ROTATED,
                    "rotated on " + t.lastRotationStarted() + ", within " + settings.recentlyRotatedYears() + " years",
                    "于 " + t.lastRotationStarted() + " 参加交流，未满 " + settings.recentlyRotatedYears() + " 年"));
        }
        if (settings.exemptUnqualified() && t.latestGrade() == Grade.UNQUALIFIED) {
            exemptions.add(new Exemption(Kind.UNQUALIFIED,
                    "latest evaluation UNQUALIFIED: a rotation does not pass an unqualified teacher on to another school",
                    "最近一次考评不合格：不以交流轮岗方式将不合格教师派往其他学校"));
        }
        if (t.manualExemption() != null) {
            exemptions.add(new Exemption(Kind.MANUAL, t.manualExemption(), t.manualExemption()));
        }
        return new Verdict(t, years, years >= settings.dueYears(), List.copyOf(exemptions));
    }
}
