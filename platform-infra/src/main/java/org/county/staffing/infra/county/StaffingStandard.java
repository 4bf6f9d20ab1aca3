package org.county.staffing.infra.county;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The quota a school's enrollment gives under quota-service's default configuration: per stage
 * students divided by the standard (students per staff), at least the small-school floor for a
 * rural stage under 100 pupils, the school's exact sum rounded half up once. The generator uses it
 * to make enrollments that give the seed's county totals; the services stay the authority.
 */
public final class StaffingStandard {

    private static final int SMALL_SCHOOL_LIMIT = 100;

    private StaffingStandard() {
    }

    /** Students per staff member (quota.standards.students-per-staff.*). */
    public static BigDecimal studentsPerStaff(String stage) {
        return switch (stage) {
            case "SENIOR" -> new BigDecimal("12.5");
            case "JUNIOR" -> new BigDecimal("13.5");
            case "PRIMARY" -> new BigDecimal("19");
            case "KINDERGARTEN" -> new BigDecimal("7");
            case "VOCATIONAL" -> new BigDecimal("12");
            case "SPECIAL" -> new BigDecimal("3");
            default -> throw new IllegalArgumentException("unknown stage " + stage);
        };
    }

    /** Staff per class of a small rural stage (quota.small-school.staff-per-class.*), or null. */
    static BigDecimal staffPerClass(String stage) {
        return switch (stage) {
            case "PRIMARY" -> new BigDecimal("1.7");
            case "JUNIOR" -> new BigDecimal("2.5");
            case "SENIOR" -> new BigDecimal("3");
            case "KINDERGARTEN" -> new BigDecimal("2");
            default -> null;
        };
    }

    public static int required(String location, Map<String, Integer> students, Map<String, Integer> classes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : students.entrySet()) {
            BigDecimal byRatio = BigDecimal.valueOf(e.getValue()).divide(studentsPerStaff(e.getKey()), 6, RoundingMode.HALF_UP);
            BigDecimal perClass = staffPerClass(e.getKey());
            Integer classCount = classes == null ? null : classes.get(e.getKey());
            if ("RURAL".equals(location) && perClass != null && classCount != null && classCount > 0
                    && e.getValue() < SMALL_SCHOOL_LIMIT) {
                BigDecimal floor = perClass.multiply(BigDecimal.valueOf(classCount));
                if (floor.compareTo(byRatio) > 0) {
                    byRatio = floor;
                }
            }
            sum = sum.add(byRatio);
        }
        return sum.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
