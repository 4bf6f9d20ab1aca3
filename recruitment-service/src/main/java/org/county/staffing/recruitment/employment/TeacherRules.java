package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Rules of the teacher record. */
public final class TeacherRules {

    /** The youngest age at which a person may be hired (labour law). */
    public static final int MINIMUM_HIRE_AGE = 18;

    private TeacherRules() {
    }

    /** Derived flag YOUNG_TEACHER: younger than {@code underAge} whole years on {@code today}. */
    public static boolean young(LocalDate birthDate, LocalDate today, int underAge) {
        return Period.between(birthDate, today).getYears() < underAge;
    }

    /** Rules BIRTH_DATE_ADULT, FIRST_HIRE_AFTER_ADULTHOOD and FIRST_HIRE_NOT_FUTURE. */
    public static void requirePlausibleDates(LocalDate birthDate, LocalDate firstHireDate, LocalDate today) {
        if (birthDate.isAfter(today.minusYears(MINIMUM_HIRE_AGE))) {
            throw RuleViolation.unprocessable("BIRTH_DATE_ADULT", "birthDate", new Reason(
                    "a teacher is at least " + MINIMUM_HIRE_AGE + " years old; birthDate " + birthDate + " is too recent",
                    "教师须年满" + MINIMUM_HIRE_AGE + "周岁，出生日期 " + birthDate + " 不合理"));
        }
        if (firstHireDate.isBefore(birthDate.plusYears(MINIMUM_HIRE_AGE))) {
            throw RuleViolation.unprocessable("FIRST_HIRE_AFTER_ADULTHOOD", "firstHireDate", new Reason(
                    "the first hire date " + firstHireDate + " is before the teacher turned " + MINIMUM_HIRE_AGE,
                    "首次聘用日期 " + firstHireDate + " 早于该教师年满" + MINIMUM_HIRE_AGE + "周岁"));
        }
        if (firstHireDate.isAfter(today)) {
            throw RuleViolation.unprocessable("FIRST_HIRE_NOT_FUTURE", "firstHireDate", new Reason(
                    "the first hire date " + firstHireDate + " lies in the future",
                    "首次聘用日期 " + firstHireDate + " 晚于今天"));
        }
    }

    /** Rule SUBJECTS_FOR_TEACHING: a teaching teacher names at least one subject, each once; the first is the main one. */
    public static List<String> requireSubjects(PostCategory category, List<String> canonicalSubjects) {
        Set<String> unique = new LinkedHashSet<>(canonicalSubjects);
        if (unique.size() != canonicalSubjects.size()) {
            throw RuleViolation.badRequest("SUBJECTS_DISTINCT", "subjects", new Reason(
                    "a subject is listed twice", "学科重复"));
        }
        if (category == PostCategory.TEACHING && unique.isEmpty()) {
            throw RuleViolation.badRequest("SUBJECTS_FOR_TEACHING", "subjects", new Reason(
                    "a teacher of the TEACHING category teaches at least one subject",
                    "专业技术（教学）类教师至少应有一个任教学科"));
        }
        return new ArrayList<>(unique);
    }

    /** Rule TEACHER_STATUS_CHANGE: only ACTIVE and ON_LEAVE are set directly; the others follow from leaving and secondment. */
    public static void requireDirectStatusChange(TeacherStatus from, TeacherStatus to) {
        boolean allowed = (from == TeacherStatus.ACTIVE || from == TeacherStatus.ON_LEAVE)
                && (to == TeacherStatus.ACTIVE || to == TeacherStatus.ON_LEAVE);
        if (!allowed && from != to) {
            throw RuleViolation.unprocessable("TEACHER_STATUS_CHANGE", "status", new Reason(
                    "status " + from + " cannot be changed to " + to + " directly; secondments and leaving set SECONDED, RETIRED and LEFT",
                    "状态不能由 " + from + " 直接改为 " + to + "；借调、离职（退休）通过相应办理设置"));
        }
    }
}
