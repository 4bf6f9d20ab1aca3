package org.county.staffing.backbone.contract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The Chinese names of the default subjects, for the reasons a department or a teacher reads. */
    private static final Map<String, String> CHINESE_NAMES = Map.ofEntries(
            Map.entry("CHINESE", "语文"), Map.entry("MATHEMATICS", "数学"), Map.entry("ENGLISH", "英语"),
            Map.entry("PHYSICS", "物理"), Map.entry("CHEMISTRY", "化学"), Map.entry("BIOLOGY", "生物"),
            Map.entry("HISTORY", "历史"), Map.entry("GEOGRAPHY", "地理"), Map.entry("POLITICS", "道德与法治"),
            Map.entry("SCIENCE", "科学"), Map.entry("MUSIC", "音乐"), Map.entry("PE", "体育"), Map.entry("ART", "美术"),
            Map.entry("IT", "信息技术"), Map.entry("PSYCHOLOGY", "心理健康"), Map.entry("PRESCHOOL", "学前教育"),
            Map.entry("SPECIAL_EDUCATION", "特殊教育"));

    /** The subject's Chinese name; a subject a county added without one keeps its code. */
    public static String chineseName(String subject) {
        return CHINESE_NAMES.getOrDefault(subject, subject);
    }

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
