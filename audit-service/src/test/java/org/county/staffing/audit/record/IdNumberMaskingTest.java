package org.county.staffing.audit.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNumberMaskingTest {

    @Test
    void anIdNumberKeepsItsRegionAndLastFourCharacters() {
        assertThat(IdNumberMasking.mask("37068319900101123X")).isEqualTo("370683********123X");
        assertThat(IdNumberMasking.mask("370683199001011234")).isEqualTo("370683********1234");
        assertThat(IdNumberMasking.mask("37068319900101123x")).isEqualTo("370683********123x");
    }

    @Test
    void idNumbersInsideTextAreMaskedEachOne() {
        assertThat(IdNumberMasking.mask("身份证号370683199001011234，另一人 ID:11010519491231002X."))
                .isEqualTo("身份证号370683********1234，另一人 ID:110105********002X.");
    }

    @Test
    void otherNumbersAndMaskedFormsAreLeftAlone() {
        assertThat(IdNumberMasking.mask("1137068301")).isEqualTo("1137068301");
        assertThat(IdNumberMasking.mask("37068319900101123")).isEqualTo("37068319900101123");
        // part of a longer run of digits: not an ID number on its own
        assertThat(IdNumberMasking.mask("3706831990010112345")).isEqualTo("3706831990010112345");
        assertThat(IdNumberMasking.mask("370683********123X")).isEqualTo("370683********123X");
        assertThat(IdNumberMasking.mask("c0a80101-0000-4000-8000-370683199001")).isEqualTo("c0a80101-0000-4000-8000-370683199001");
        assertThat(IdNumberMasking.mask(null)).isNull();
    }

    @Test
    void containsIdNumberSeesOnlyWholeOnes() {
        assertThat(IdNumberMasking.containsIdNumber("x370683199001011234")).isTrue();
        assertThat(IdNumberMasking.containsIdNumber("370683********1234")).isFalse();
    }
}
