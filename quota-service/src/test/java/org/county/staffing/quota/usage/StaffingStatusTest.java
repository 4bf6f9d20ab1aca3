package org.county.staffing.quota.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffingStatusTest {

    @Test
    void staffAgainstQuotaSaysOverUnderOrBalanced() {
        assertThat(StaffingStatus.of(40, 41)).isEqualTo(StaffingStatus.OVER_STAFFED);
        assertThat(StaffingStatus.of(40, 39)).isEqualTo(StaffingStatus.UNDER_STAFFED);
        assertThat(StaffingStatus.of(40, 40)).isEqualTo(StaffingStatus.BALANCED);
        assertThat(StaffingStatus.of(0, 1)).isEqualTo(StaffingStatus.OVER_STAFFED);
    }
}
