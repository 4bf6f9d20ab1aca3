package org.county.staffing.post.regulation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Rule REGULATION_IN_FORCE: a regulation version applies from its {@code effectiveFrom}. On a day, the
 * version in force is the highest version whose {@code effectiveFrom} has come; a higher version not yet
 * in force waits as pending. Leadership posts, the structure shares and the summary read the one in force.
 */
public final class RegulationRules {

    private RegulationRules() {
    }

    /** The version in force on {@code on}, or {@code null} while none has come into force. */
    public static KnownRegulation inForce(List<KnownRegulation> versions, LocalDate on) {
        return versions.stream().filter(v -> !v.effectiveFrom.isAfter(on))
                .max(Comparator.comparingInt(v -> v.version)).orElse(null);
    }

    /** The highest version above the one in force that applies only later, or {@code null}. */
    public static KnownRegulation pending(List<KnownRegulation> versions, LocalDate on) {
        KnownRegulation inForce = inForce(versions, on);
        int above = inForce == null ? Integer.MIN_VALUE : inForce.version;
        return versions.stream().filter(v -> v.effectiveFrom.isAfter(on) && v.version > above)
                .max(Comparator.comparingInt(v -> v.version)).orElse(null);
    }
}
