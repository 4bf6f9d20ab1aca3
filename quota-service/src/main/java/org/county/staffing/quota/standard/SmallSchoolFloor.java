package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.Stage;

/**
 * Rule SMALL_SCHOOL_FLOOR: small rural schools starve under a pure student-staff ratio (a village
 * school of 60 pupils in six grades would get 3 staff for 6 classes), so a stage with fewer than
 * {@code studentLimit} students at a school in one of {@code locations} gets at least
 * {@code staffPerClass} staff per class (班師比 combined with 生師比). The floor needs the stage's
 * number of classes; without it only the ratio applies.
 */
public record SmallSchoolFloor(Set<Location> locations, int studentLimit, Map<Stage, BigDecimal> staffPerClass) {

    public static final String RULE = "SMALL_SCHOOL_FLOOR";

    public SmallSchoolFloor {
        locations = locations.isEmpty() ? EnumSet.noneOf(Location.class) : EnumSet.copyOf(locations);
        staffPerClass = staffPerClass.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(staffPerClass);
    }

    public static SmallSchoolFloor none() {
        return new SmallSchoolFloor(Set.of(), 0, Map.of());
    }

    /** The minimum staff of the stage, when the floor applies to it. */
    public Optional<BigDecimal> minimum(Location location, Stage stage, int students, Integer classes) {
        BigDecimal perClass = staffPerClass.get(stage);
        if (perClass == null || classes == null || classes == 0 || !locations.contains(location) || students >= studentLimit) {
            return Optional.empty();
        }
        return Optional.of(perClass.multiply(BigDecimal.valueOf(classes)));
    }
}
