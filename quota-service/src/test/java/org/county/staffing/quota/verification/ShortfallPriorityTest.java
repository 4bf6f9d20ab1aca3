package org.county.staffing.quota.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.verification.ShortfallPriority.Claim;
import org.junit.jupiter.api.Test;

class ShortfallPriorityTest {

    @Test
    void aPoolThatSufficesGivesEverySchoolItsRequirement() {
        List<Claim> claims = List.of(new Claim("a", 40, 0, Location.URBAN), new Claim("b", 10, 10, Location.RURAL));
        assertThat(ShortfallPriority.allocate(claims, 50)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 40, "b", 10));
        assertThat(ShortfallPriority.allocate(claims, 500)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 40, "b", 10));
    }

    @Test
    void floorsComeFirstThenTheRestInProportionToTheRemainingNeed() {
        // capacity 90 of 110 required: the rural floor of 10 first, then 80 shared 60:40
        List<Claim> claims = List.of(new Claim("urban", 60, 0, Location.URBAN), new Claim("town", 40, 0, Location.TOWN),
                new Claim("village", 10, 10, Location.RURAL));
        Map<String, Integer> out = ShortfallPriority.allocate(claims, 90);
        assertThat(out).containsExactlyInAnyOrderEntriesOf(Map.of("urban", 48, "town", 32, "village", 10));
    }

    @Test
    void leftoverQuotasGoByLargestRemainderAndRuralSchoolsWinTies() {
        // 10 shared by three equal needs of 5: 3.33 each, one left over; the rural school gets it
        List<Claim> claims = List.of(new Claim("u", 5, 0, Location.URBAN), new Claim("t", 5, 0, Location.TOWN),
                new Claim("r", 5, 0, Location.RURAL));
        assertThat(ShortfallPriority.allocate(claims, 10)).containsExactlyInAnyOrderEntriesOf(Map.of("u", 3, "t", 3, "r", 4));
        // 11: two left over, rural then town
        assertThat(ShortfallPriority.allocate(claims, 11)).containsExactlyInAnyOrderEntriesOf(Map.of("u", 3, "t", 4, "r", 4));
    }

    @Test
    void whenEvenTheFloorsExceedThePoolTheFloorsAreSharedProportionally() {
        List<Claim> claims = List.of(new Claim("a", 20, 10, Location.RURAL), new Claim("b", 12, 6, Location.RURAL),
                new Claim("c", 50, 0, Location.URBAN));
        assertThat(ShortfallPriority.allocate(claims, 8)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 5, "b", 3, "c", 0));
        assertThat(ShortfallPriority.allocate(claims, 0)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 0, "b", 0, "c", 0));
    }

    @Test
    void neverMoreThanThePoolNorMoreThanAnySchoolRequires() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<Claim> claims = new ArrayList<>();
            int schools = 1 + random.nextInt(80);
            for (int i = 0; i < schools; i++) {
                int required = random.nextInt(150);
                claims.add(new Claim("s" + i, required, random.nextInt(4) == 0 ? random.nextInt(required + 1) : 0,
                        Location.values()[random.nextInt(3)]));
            }
            int totalRequired = claims.stream().mapToInt(Claim::required).sum();
            int capacity = random.nextInt(totalRequired + 50);
            Map<String, Integer> out = ShortfallPriority.allocate(claims, capacity);
            assertThat(out.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Math.min(capacity, totalRequired));
            for (Claim claim : claims) {
                assertThat(out.get(claim.schoolId())).isBetween(0, claim.required());
                if (capacity >= claims.stream().mapToInt(Claim::floorMinimum).sum()) {
                    assertThat(out.get(claim.schoolId())).isGreaterThanOrEqualTo(claim.floorMinimum());
                }
            }
        }
    }
}
