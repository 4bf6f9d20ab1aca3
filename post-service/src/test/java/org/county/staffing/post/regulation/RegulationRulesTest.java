package org.county.staffing.post.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegulationRulesTest {

    static KnownRegulation version(int version, LocalDate effectiveFrom) {
        KnownRegulation v = new KnownRegulation();
        v.schoolId = "3706830001";
        v.version = version;
        v.effectiveFrom = effectiveFrom;
        return v;
    }

    static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Test
    void theVersionInForceIsTheHighestWhoseEffectiveDateHasCome() {
        List<KnownRegulation> versions = List.of(version(1, DAY.minusYears(1)), version(2, DAY),
                version(3, DAY.plusDays(1)));
        assertThat(RegulationRules.inForce(versions, DAY).version).isEqualTo(2);
        assertThat(RegulationRules.pending(versions, DAY).version).isEqualTo(3);
        assertThat(RegulationRules.inForce(versions, DAY.minusDays(1)).version).isEqualTo(1);
        assertThat(RegulationRules.inForce(versions, DAY.plusDays(1)).version).isEqualTo(3);
        assertThat(RegulationRules.pending(versions, DAY.plusDays(1))).isNull();
    }

    @Test
    void noneIsInForceBeforeTheFirstEffectiveDateAndALowerVersionLaterOnNeverWaits() {
        assertThat(RegulationRules.inForce(List.of(version(1, DAY)), DAY.minusDays(1))).isNull();
        assertThat(RegulationRules.pending(List.of(version(1, DAY)), DAY.minusDays(1)).version).isEqualTo(1);
        assertThat(RegulationRules.inForce(List.of(), DAY)).isNull();
        // version 2 dated later than version 3, which is already in force: superseded before it applies
        List<KnownRegulation> versions = List.of(version(2, DAY.plusDays(10)), version(3, DAY.minusDays(1)));
        assertThat(RegulationRules.inForce(versions, DAY).version).isEqualTo(3);
        assertThat(RegulationRules.pending(versions, DAY)).isNull();
        assertThat(RegulationRules.inForce(versions, DAY.plusDays(10)).version).isEqualTo(3);
    }
}
