package org.county.staffing.infra.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.junit.jupiter.api.Test;

class CountyGeneratorTest {

    private static int quota(SchoolSpec school, Map<String, Integer> students) {
        return students.entrySet().stream()
                .mapToInt(e -> (int) Math.ceil(e.getValue() / CountyGenerator.studentsPerStaff(e.getKey())))
                .sum();
    }

    @Test
    void theFullCountyHasTheSeedsShape() {
        CountyModel county = CountyGenerator.generate(2026, CountyGenerator.Scale.FULL);

        assertThat(county.schools()).hasSize(74);
        assertThat(county.schools()).extracting(SchoolSpec::id).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d{10}"));
        assertThat(county.schools()).extracting(SchoolSpec::name).doesNotHaveDuplicates();
        int k12 = county.schools().stream().filter(s -> s.kind().equals("SCHOOL")).mapToInt(s -> quota(s, s.currentStudents())).sum();
        int other = county.schools().stream().filter(s -> !s.kind().equals("SCHOOL")).mapToInt(s -> quota(s, s.currentStudents())).sum();
        System.out.printf("K12 %d, OTHER %d, teachers %d%n", k12, other, county.teachers().size());
        assertThat(k12).isBetween(5000, 6200);
        assertThat(other).isBetween(800, 1400);
        assertThat(county.teachers().size()).isBetween(5600, 7400);
        long due = county.teachers().stream()
                .filter(t -> ChronoUnit.YEARS.between(t.atSchoolSince(), LocalDate.of(2026, 9, 1)) >= 6).count();
        System.out.printf("due %d%n", due);
        assertThat(due).isBetween(1600L, 2600L);
        assertThat(county.communities()).hasSize(10);
        assertThat(county.schools().get(0).id()).isEqualTo("1370683001");
        assertThat(county.schools().get(0).location()).isEqualTo("URBAN");
        assertThat(county.schools().stream().filter(s -> s.id().equals("1370683040")).findFirst().orElseThrow().location())
                .isNotEqualTo("URBAN");
        Set<String> locations = county.schools().stream().map(SchoolSpec::location).collect(Collectors.toSet());
        assertThat(locations).containsExactlyInAnyOrder("URBAN", "TOWN", "RURAL");
        assertThat(county.teachers()).allMatch(t -> t.idNumber().charAt(17) == CountyGenerator.checkDigit(t.idNumber().substring(0, 17)));
        assertThat(county.teachers().get(0).id()).isEqualTo(CountyGenerator.DEMO_TEACHER_ID);
    }

    @Test
    void theSameSeedMakesTheSameCounty() {
        assertThat(CountyGenerator.generate(7, CountyGenerator.Scale.SMALL))
                .isEqualTo(CountyGenerator.generate(7, CountyGenerator.Scale.SMALL));
        CountyModel small = CountyGenerator.generate(7, CountyGenerator.Scale.SMALL);
        System.out.printf("small: %d schools, %d teachers%n", small.schools().size(), small.teachers().size());
        assertThat(small.schools()).hasSizeBetween(10, 16);
    }
}
