package org.county.staffing.backbone.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated user of the current request, read from the OIDC access token: roles, county,
 * and for school and teacher users the one school or teacher they may act on.
 */
@RequestScoped
public class Caller {

    public static final String COUNTY_CLAIM = "county_id";
    public static final String SCHOOL_CLAIM = "school_id";
    public static final String TEACHER_CLAIM = "teacher_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** {@code preferred_username}, or the token subject when the token has none. */
    public String username() {
        String preferred = claim("preferred_username").orElse(null);
        return preferred != null ? preferred : token.getSubject();
    }

    /** The role the actor acts in: the first of {@link Roles#ALL} the token carries. */
    public String primaryRole() {
        return Roles.ALL.stream().filter(identity::hasRole).findFirst().orElse("service");
    }

    /** {@code role:username}, the {@code actor} of every event this request causes. */
    public String actor() {
        return primaryRole() + ":" + username();
    }

    public Optional<String> claim(String name) {
        if (identity.isAnonymous() || token == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    /** The caller's county; a token without one may not act on county data. */
    public String countyId() {
        return claim(COUNTY_CLAIM).orElseThrow(() -> RuleViolation.forbidden("COUNTY_CLAIM_REQUIRED",
                new Reason("the access token carries no county_id claim", "访问令牌缺少 county_id（所属县）声明")));
    }

    public Optional<String> schoolId() {
        return claim(SCHOOL_CLAIM);
    }

    public Optional<String> teacherId() {
        return claim(TEACHER_CLAIM);
    }

    /** Only a user of the county itself may act on a county's data. */
    public void requireCounty(String countyId) {
        if (!countyId().equals(countyId)) {
            throw RuleViolation.forbidden("COUNTY_SCOPE", new Reason(
                    "users act only within their own county",
                    "用户只能操作本县的数据"));
        }
    }

    /**
     * School users act only on the school of their {@code school_id} claim; department users and
     * auditors are not bound to one school.
     */
    public void requireSchool(String schoolId) {
        if (isSchoolUser() && !schoolId().map(schoolId::equals).orElse(false)) {
            throw RuleViolation.forbidden("SCHOOL_SCOPE", new Reason(
                    "a school user acts only on its own school",
                    "学校用户只能操作本校的数据"));
        }
    }

    /** Teacher users act only on their own record. */
    public void requireTeacher(String teacherId) {
        if (isTeacherUser() && !teacherId().map(teacherId::equals).orElse(false)) {
            throw RuleViolation.forbidden("TEACHER_SCOPE", new Reason(
                    "a teacher acts only on their own record",
                    "教师只能操作本人的记录"));
        }
    }

    /** A user whose only scope is one school (no department or auditor role). */
    public boolean isSchoolUser() {
        return hasRole(Roles.SCHOOL) && !hasDepartmentRole();
    }

    public boolean isTeacherUser() {
        return hasRole(Roles.TEACHER) && !hasDepartmentRole() && !hasRole(Roles.SCHOOL);
    }

    private boolean hasDepartmentRole() {
        return hasRole(Roles.STAFFING_OFFICE) || hasRole(Roles.HR) || hasRole(Roles.EDUCATION_BUREAU)
                || hasRole(Roles.AUDITOR);
    }
}
