package org.county.staffing.post.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverRulesTest {

    @Test
    void aFullTimeAssignmentCoversAPostAndItinerantHoursTheirShare() {
        assertThat(CoverRules.share(null, 16)).isEqualTo(1.0);
        assertThat(CoverRules.share(8, 16)).isEqualTo(0.5);
        assertThat(CoverRules.share(4, 16)).isEqualTo(0.25);
        assertThat(CoverRules.share(20, 16)).as("never more than the post").isEqualTo(1.0);
        assertThat(CoverRules.share(0, 16)).isZero();
    }
}
