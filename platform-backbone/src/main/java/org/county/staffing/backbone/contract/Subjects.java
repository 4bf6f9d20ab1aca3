package org.county.staffing.backbone.contract;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The teaching subjects of the county. The list is configuration ({@code county.subjects}) so a
 * county can add one without a release; every service validates against the same list.
 */
@ApplicationScoped
public class Subjects {

    public static final List<String> DEFAULTS = List.of("CHINESE", "MATHEMATICS", "ENGLISH", "PHYSICS", "CHEMISTRY",
            "BIOLOGY", "HISTORY", "GEOGRAPHY", "POLITICS", "SCIENCE", "MUSIC", "PE", "ART", "IT", "PSYCHOLOGY",
            "PRESCHOOL", "SPECIAL_EDUCATION");

    @ConfigProperty(name = "county.subjects")
    List<String> configured;

    public List<String> all() {
        return configured;
    }

    public boolean isKnown(String subject) {
        return subject != null && configured.contains(subject);
    }

    /** Rule SUBJECT_KNOWN: returns the subject in its canonical (upper-case) form. */
    public String require(String field, String subject) {
        String canonical = subject == null ? null : subject.trim().toUpperCase(Locale.ROOT);
        if (!isKnown(canonical)) {
            throw RuleViolation.badRequest("SUBJECT_KNOWN", field, new Reason(
                    "'" + subject + "' is not a subject of the county; known: " + configured,
                    "'" + subject + "' 不是本县设置的学科，可选：" + configured));
        }
        return canonical;
    }
}
