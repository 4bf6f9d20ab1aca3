package org.county.staffing.infra.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.county.CountyModel.TeacherSpec;
import org.junit.jupiter.api.Test;

class CountyGeneratorTest {

    private static final CountyModel FULL = CountyGenerator.generate(2026, CountyGenerator.Scale.FULL);

    private static int total(CountyModel county, boolean k12, boolean current) {
        return county.schools().stream().filter(s -> s.kind().equals("SCHOOL") == k12)
                .mapToInt(s -> current ? CountyGenerator.currentQuota(s) : CountyGenerator.previousQuota(s)).sum();
    }

    @Test
    void theFullCountyNeedsTheSeedsQuotasUnderTheStandards() {
        assertThat(FULL.schools()).hasSize(74);
        assertThat(total(FULL, true, true)).isEqualTo(5592);
        assertThat(total(FULL, false, true)).isEqualTo(1086);
        // the previous verification's enrollment needed less, within the pools
        assertThat(total(FULL, true, false)).isEqualTo(5480);
        assertThat(total(FULL, false, false)).isEqualTo(1060);
        System.out.printf("teachers %d%n", FULL.teachers().size());
        assertThat(FULL.teachers().size()).isBetween(6200, 6700);
    }

    @Test
    void ruralSchoolsLostPupilsAndTownsGainedThem() {
        for (SchoolSpec s : FULL.schools()) {
            int before = CountyGenerator.previousQuota(s);
            int now = CountyGenerator.currentQuota(s);
            if (s.name().endsWith("村小学")) {
                // six small classes: the small-school floor keeps its quota whatever the pupils
                assertThat(now).as(s.name()).isEqualTo(before).isEqualTo(10);
            } else if (s.location().equals("RURAL")) {
                assertThat(now).as(s.name()).isLessThan(before);
            } else if (s.location().equals("URBAN")) {
                assertThat(now).as(s.name()).isGreaterThanOrEqualTo(before);
            }
        }
        assertThat(FULL.schools()).anySatisfy(s -> assertThat(s.name()).endsWith("村小学"));
    }

    @Test
    void everyTeacherHoldsOneOfTheSchoolsPostsWithinThePreviousQuota() {
        Map<String, SchoolSpec> schools = FULL.schools().stream().collect(Collectors.toMap(SchoolSpec::id, s -> s));
        Map<String, Integer> held = new HashMap<>();
        for (TeacherSpec t : FULL.teachers()) {
            assertThat(t.subjects()).contains(t.postSubject());
            assertThat(t.atSchoolSince()).isAfterOrEqualTo(t.firstHireDate());
            held.merge(t.schoolId() + "|" + t.postSubject(), 1, Integer::sum);
        }
        for (SchoolSpec s : FULL.schools()) {
            assertThat(s.posts()).as(s.name()).isEqualTo(CountyGenerator.previousQuota(s));
            assertThat(FULL.teachersAt(s.id())).as(s.name()).isLessThanOrEqualTo(s.posts()).isPositive();
        }
        held.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            assertThat(n).as(key).isLessThanOrEqualTo(schools.get(parts[0]).teachingPosts().getOrDefault(parts[1], 0));
        });
        long outsideMainSubject = FULL.teachers().stream().filter(t -> !t.postSubject().equals(t.mainSubject())).count();
        assertThat(outsideMainSubject).as("teachers on a post of their second subject").isBetween(20L, 120L);
    }

    @Test
    void aboutTwoThousandTeachersReachSixYearsAtTheirSchool() {
        long reached = FULL.teachers().stream()
                .filter(t -> ChronoUnit.YEARS.between(t.atSchoolSince(), CountyGenerator.YEAR_START) >= 6).count();
        System.out.printf("six years or more at the school: %d%n", reached);
        assertThat(reached).isBetween(1900L, 2700L);
    }

    @Test
    void theCountyHasItsDemoSchoolsTeacherCommunitiesAndValidIdNumbers() {
        assertThat(FULL.schools()).extracting(SchoolSpec::id).doesNotHaveDuplicates().allMatch(id -> id.matches("1370683\\d{3}"));
        assertThat(FULL.schools()).extracting(SchoolSpec::name).doesNotHaveDuplicates();
        assertThat(FULL.schools().get(0).id()).isEqualTo("1370683001");
        assertThat(FULL.schools().get(0).location()).isEqualTo("URBAN");
        assertThat(FULL.schools().stream().filter(s -> s.id().equals("1370683040")).findFirst().orElseThrow().location())
                .isNotEqualTo("URBAN");
        Set<String> locations = FULL.schools().stream().map(SchoolSpec::location).collect(Collectors.toSet());
        assertThat(locations).containsExactlyInAnyOrder("URBAN", "TOWN", "RURAL");
        assertThat(FULL.teachers()).allMatch(t -> t.idNumber().charAt(17) == CountyGenerator.checkDigit(t.idNumber().substring(0, 17)));
        assertThat(FULL.teachers()).extracting(TeacherSpec::idNumber).doesNotHaveDuplicates();
        assertThat(FULL.teachers()).extracting(TeacherSpec::id).doesNotHaveDuplicates();
        assertThat(FULL.teachers().get(0).id()).isEqualTo(CountyGenerator.DEMO_TEACHER_ID);
        assertThat(FULL.communities()).hasSize(10);
        assertThat(FULL.secondments()).hasSize(4).anyMatch(s -> s.approvalReference() == null)
                .anyMatch(s -> s.until().isBefore(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void theSameSeedMakesTheSameCountyAndOtherCountiesGetTheirOwnIds() {
        assertThat(CountyGenerator.generate(7, CountyGenerator.Scale.SMALL))
                .isEqualTo(CountyGenerator.generate(7, CountyGenerator.Scale.SMALL));
        CountyModel small = CountyGenerator.generate(7, CountyGenerator.Scale.SMALL, "370681");
        System.out.printf("small: %d schools, %d teachers%n", small.schools().size(), small.teachers().size());
        assertThat(small.schools()).hasSizeBetween(10, 16).allMatch(s -> s.id().startsWith("1370681"));
        assertThat(small.teachers()).allMatch(t -> t.idNumber().startsWith("370681"));
    }

    @Test
    void aProvinceHasCountiesOfDifferentSizesAndShapesTheSeedsFirst() {
        java.util.List<CountyModel> province = CountyGenerator.province(2026, 20, CountyGenerator.Scale.FULL);

        assertThat(province).hasSize(20);
        assertThat(province.stream().map(CountyModel::countyId).distinct()).hasSize(20);
        // the seed's county is the one the demo loads, unchanged
        assertThat(province.get(0).countyId()).isEqualTo(CountyGenerator.COUNTY);
        assertThat(province.get(0).teachers()).isEqualTo(FULL.teachers());
        assertThat(province.get(0).schools()).isEqualTo(FULL.schools());
        int teachers = province.stream().mapToInt(c -> c.teachers().size()).sum();
        System.out.printf("province of 20: %d schools, %d teachers, per county %s%n",
                province.stream().mapToInt(c -> c.schools().size()).sum(), teachers,
                province.stream().map(c -> c.countyId() + ":" + c.teachers().size()).toList());
        assertThat(teachers).isBetween(100_000, 170_000);
        int smallest = province.stream().mapToInt(c -> c.teachers().size()).min().orElseThrow();
        int largest = province.stream().mapToInt(c -> c.teachers().size()).max().orElseThrow();
        assertThat(largest).isGreaterThan(2 * smallest);
        // no id is shared across county lines; every school carries its county's code
        assertThat(province.stream().flatMap(c -> c.teachers().stream()).map(TeacherSpec::id).distinct().count()).isEqualTo(teachers);
        assertThat(province.stream().flatMap(c -> c.teachers().stream()).map(TeacherSpec::idNumber).distinct().count())
                .isEqualTo(teachers);
        province.forEach(c -> assertThat(c.schools()).allMatch(s -> s.id().startsWith("1" + c.countyId())));
        // rotation-service refuses a second community of the same name in a county
        province.forEach(c -> assertThat(c.communities()).extracting(CountyModel.CommunitySpec::name).as(c.countyId()).doesNotHaveDuplicates());
    }

    @Test
    void eachSmallCountyOfAProvinceNamesItsCommunitiesOnce() {
        // 371526 at the small scale has two leads named 城区第一 (小学 and 初级中学): its communities keep their stage
        for (CountyModel county : CountyGenerator.province(2026, 20, CountyGenerator.Scale.SMALL)) {
            assertThat(county.communities()).extracting(CountyModel.CommunitySpec::name).as(county.countyId()).doesNotHaveDuplicates();
        }
    }

    @Test
    void anUrbanDistrictHasItsSchoolsInTheCityARuralCountyInTheVillages() {
        CountyModel urban = CountyGenerator.generate(2026, CountyGenerator.Scale.FULL, "370102", CountyGenerator.Shape.URBAN_DISTRICT, 1.0);
        CountyModel rural = CountyGenerator.generate(2026, CountyGenerator.Scale.FULL, "371526", CountyGenerator.Shape.RURAL_COUNTY, 1.0);

        assertThat(urbanShare(urban)).isGreaterThan(0.6);
        assertThat(urbanShare(rural)).isLessThan(0.3);
        // the same kinds of school, smaller in the villages
        assertThat(urban.schools()).hasSameSizeAs(rural.schools());
        assertThat(rural.teachers().size()).isLessThan(urban.teachers().size());
    }

    private static double urbanShare(CountyModel county) {
        return county.schools().stream().filter(s -> s.location().equals("URBAN")).count() / (double) county.schools().size();
    }
}
