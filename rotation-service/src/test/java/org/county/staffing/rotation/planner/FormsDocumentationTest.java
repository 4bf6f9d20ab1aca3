package org.county.staffing.rotation.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.junit.jupiter.api.Test;

/**
 * The README's account of the five forms and the planner's defaults say the same: every form is
 * described, with the term the code gives it, and the itinerant subjects and shortage are the code's.
 */
class FormsDocumentationTest {

    private static final PlannerParameters DEFAULTS = PlannerParameters.defaults();

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    /** The numbered list under "**Forms**": form name to the text of its item. */
    private static Map<String, String> formItems(String readme) {
        String section = readme.substring(readme.indexOf("**Forms**"), readme.indexOf("Return date ="));
        Map<String, String> items = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\d\\. ([A-Z_]+) \\(([^)]*)\\):([\\s\\S]*?)(?=^\\d\\. |\\z)").matcher(section);
        while (m.find()) {
            items.put(m.group(1), m.group(3).replaceAll("\\s+", " "));
        }
        return items;
    }

    @Test
    void everyFormIsDescribedWithTheTermTheCodeGivesIt() throws IOException {
        Map<String, String> items = formItems(readme());
        assertThat(items.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RotationForm.values()).map(Enum::name).toList());
        for (RotationForm form : RotationForm.values()) {
            int years = DEFAULTS.termYears(form);
            String text = items.get(form.name());
            if (years == 0) {
                assertThat(text).as(form + " does not return").contains("no return");
            } else {
                assertThat(text).as(form + "'s term").containsPattern("\\b" + years + " years?\\b");
            }
        }
    }

    @Test
    void theRoundParametersLineListsTheDefaultTerms() throws IOException {
        Matcher m = Pattern.compile("`termYears` \\{([^}]*)}").matcher(readme());
        assertThat(m.find()).as("README lists the default termYears").isTrue();
        Map<String, Integer> documented = new LinkedHashMap<>();
        for (String entry : m.group(1).replaceAll("\\s+", " ").trim().split(", ")) {
            String[] parts = entry.trim().split(" ");
            documented.put(parts[0], Integer.parseInt(parts[1]));
        }
        Map<String, Integer> code = new LinkedHashMap<>();
        for (RotationForm form : RotationForm.values()) {
            code.put(form.name(), DEFAULTS.termYears(form));
        }
        assertThat(documented).isEqualTo(code);
    }

    @Test
    void theItinerantRuleNamesTheCodesSubjectsAndShortage() throws IOException {
        String itinerant = formItems(readme()).get(RotationForm.ITINERANT.name());
        Matcher m = Pattern.compile("itinerant subject \\(([A-Z, ]+)\\)").matcher(itinerant);
        assertThat(m.find()).as("README names the itinerant subjects").isTrue();
        Set<String> documented = new TreeSet<>(Arrays.asList(m.group(1).split(",\\s*")));
        assertThat(documented).isEqualTo(new TreeSet<>(DEFAULTS.itinerantSubjects()));
        assertThat(itinerant).contains("a shortage of at most " + DEFAULTS.itinerantMaxShortage() + " vacancy");
    }
}
