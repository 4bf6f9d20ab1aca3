package org.county.staffing.audit.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Roles;

/**
 * Rule READ_SCOPE: what a user may read of the county's audit log (always only their own county).
 * <ul>
 * <li>{@code auditor} (紀檢, 巡察): every record.</li>
 * <li>each department its own service's events: {@code staffing-office} {@code quota.*},
 *     {@code hr} {@code post.*}, {@code education-bureau} {@code recruitment.*} (configurable);
 *     a user with several department roles reads the union.</li>
 * <li>{@code school}: the records about its own school, from any department: those whose subject
 *     is the school or whose payload names it (a school may see who decided what about it, never
 *     another school's records).</li>
 * <li>{@code teacher}: nothing (the endpoints refuse the role).</li>
 * </ul>
 *
 * @param everything   an auditor's scope
 * @param typePrefixes the event type prefixes a department reads
 * @param schoolId     the one school whose records a school user reads
 */
public record ReadScope(boolean everything, List<String> typePrefixes, String schoolId) {

    public ReadScope {
        typePrefixes = List.copyOf(typePrefixes);
    }

    public static ReadScope auditor() {
        return new ReadScope(true, List.of(), null);
    }

    /**
     * @param hasRole          whether the caller holds a role
     * @param schoolClaim      the caller's {@code school_id} claim
     * @param departmentTypes  per department role, the type prefixes it reads
     */
    public static ReadScope of(Predicate<String> hasRole, Optional<String> schoolClaim,
                               Map<String, List<String>> departmentTypes) {
        if (hasRole.test(Roles.AUDITOR)) {
            return auditor();
        }
        Set<String> prefixes = new LinkedHashSet<>();
        boolean department = false;
        for (Map.Entry<String, List<String>> entry : departmentTypes.entrySet()) {
            if (hasRole.test(entry.getKey())) {
                department = true;
                entry.getValue().stream().filter(p -> p != null && !p.isBlank()).forEach(prefixes::add);
            }
        }
        if (department) {
            return new ReadScope(false, new ArrayList<>(prefixes), null);
        }
        if (hasRole.test(Roles.SCHOOL)) {
            String school = schoolClaim.filter(s -> !s.isBlank()).orElseThrow(() -> RuleViolation.forbidden(
                    "SCHOOL_CLAIM_REQUIRED", new Reason(
                            "a school user's access token must carry its school_id",
                            "学校用户的访问令牌须包含 school_id（所属学校）声明")));
            return new ReadScope(false, List.of(), school);
        }
        throw RuleViolation.forbidden("READ_SCOPE", new Reason(
                "your role reads nothing of the audit log",
                "您的角色无权查阅审计日志"));
    }

    /** The department roles and what they read by default, in role precedence order. */
    public static Map<String, List<String>> departments(List<String> staffingOffice, List<String> hr,
                                                        List<String> educationBureau) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(Roles.STAFFING_OFFICE, staffingOffice);
        map.put(Roles.HR, hr);
        map.put(Roles.EDUCATION_BUREAU, educationBureau);
        return map;
    }

    /** Whether a record of this type, naming these ids, is within the scope. */
    public boolean allows(String type, Collection<String> mentions) {
        if (everything) {
            return true;
        }
        if (schoolId != null) {
            return mentions.contains(schoolId);
        }
        return typePrefixes.stream().anyMatch(type::startsWith);
    }
}
