package org.county.staffing.rotation.planner.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything a round may vary: the share of due teachers to move, the caps, the objective's weights
 * and the forms' terms.
 *
 * @param share                      the share of due teachers to rotate; 0.15 in the seed
 * @param maxSourceStaffShare        no school loses more than this share of its staff in one round (rounded down)
 * @param maxOpenedVacanciesPerSubject a source school may give this many teachers of a subject beyond its surplus
 *                                   (each opens a vacancy that recruitment fills)
 * @param minKeptPerSubject          a source school keeps at least this many teachers of a subject it teaches
 * @param itinerantSubjects          subjects that may be taught itinerantly (走教)
 * @param itinerantMaxShortage       a shortage this small (vacant posts) is covered itinerantly within a community or district
 * @param termYears                  the term of each form in years; 0 means the move does not return
 */
public record PlannerParameters(BigDecimal share, BigDecimal maxSourceStaffShare, int maxOpenedVacanciesPerSubject,
                                int minKeptPerSubject, Weights weights, Set<String> itinerantSubjects,
                                int itinerantMaxShortage, Map<RotationForm, Integer> termYears) {

    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.15");

    public PlannerParameters {
        termYears = Map.copyOf(termYears);
        itinerantSubjects = Set.copyOf(itinerantSubjects);
    }

    public static PlannerParameters defaults() {
        Map<RotationForm, Integer> terms = new EnumMap<>(RotationForm.class);
        terms.put(RotationForm.SUPPORT_TEACHING, 1);
        terms.put(RotationForm.PAIRED_EXCHANGE, 3);
        terms.put(RotationForm.SHADOWING, 1);
        terms.put(RotationForm.ITINERANT, 1);
        terms.put(RotationForm.COMPETITION, 0);
        return new PlannerParameters(DEFAULT_SHARE, new BigDecimal("0.10"), 1, 1, Weights.defaults(),
                Set.of("MUSIC", "PE", "ART", "IT", "PSYCHOLOGY"), 1, terms);
    }

    public int termYears(RotationForm form) {
        return termYears.getOrDefault(form, 0);
    }

    public PlannerParameters withShare(BigDecimal newShare) {
        return new PlannerParameters(newShare, maxSourceStaffShare, maxOpenedVacanciesPerSubject, minKeptPerSubject,
                weights, itinerantSubjects, itinerantMaxShortage, termYears);
    }

    public PlannerParameters withWeights(Weights newWeights) {
        return new PlannerParameters(share, maxSourceStaffShare, maxOpenedVacanciesPerSubject, minKeptPerSubject,
                newWeights, itinerantSubjects, itinerantMaxShortage, termYears);
    }
}
