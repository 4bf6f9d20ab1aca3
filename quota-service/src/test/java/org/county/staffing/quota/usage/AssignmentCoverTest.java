package org.county.staffing.quota.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AssignmentCoverTest {

    @Test
    void aFullTimeAssignmentCoversAPostAndAPartTimeOneItsHoursOverAFullPosts() {
        assertThat(AssignmentCover.share(null, 16)).isEqualByComparingTo("1");
        assertThat(AssignmentCover.share(8, 16)).isEqualByComparingTo("0.5");
        assertThat(AssignmentCover.share(6, 16)).isEqualByComparingTo("0.38");
        assertThat(AssignmentCover.share(20, 16)).as("never more than a post").isEqualByComparingTo(BigDecimal.ONE);
        assertThat(AssignmentCover.share(4, 0)).as("no full post to measure against").isEqualByComparingTo(BigDecimal.ZERO);
    }
}
