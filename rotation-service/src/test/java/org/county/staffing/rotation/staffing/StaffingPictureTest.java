package org.county.staffing.rotation.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StaffingPictureTest {

    @Test
    void surplusShortageAndOverallBalanceFollowFromPostsAndTeachers() {
        List<StaffingPicture.StaffMember> staff = List.of(
                new StaffingPicture.StaffMember("MATHEMATICS", "m1"),
                new StaffingPicture.StaffMember("MATHEMATICS", "m2"),
                new StaffingPicture.StaffMember("MATHEMATICS", "admin1"),
                new StaffingPicture.StaffMember("ENGLISH", "e1"),
                new StaffingPicture.StaffMember("MUSIC", "c1"));
        List<StaffingPicture.OpenPost> posts = List.of(
                new StaffingPicture.OpenPost("m1", "MATHEMATICS"), new StaffingPicture.OpenPost("m2", "MATHEMATICS"),
                new StaffingPicture.OpenPost("e1", "ENGLISH"), new StaffingPicture.OpenPost("e2", "ENGLISH"),
                new StaffingPicture.OpenPost("c1", "CHINESE"), new StaffingPicture.OpenPost("c2", "CHINESE"));
        var picture = StaffingPicture.of("1137068301", 4, staff, posts);
        assertThat(picture.staff()).isEqualTo(5);
        assertThat(picture.status()).isEqualTo("OVER_STAFFED");
        assertThat(picture.balance()).isEqualTo(-1);
        assertThat(picture.subjects()).extracting(StaffingPicture.SubjectLine::subject, StaffingPicture.SubjectLine::status,
                StaffingPicture.SubjectLine::vacancies).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CHINESE", "SHORTAGE", 1),
                org.assertj.core.groups.Tuple.tuple("ENGLISH", "SHORTAGE", 1),
                org.assertj.core.groups.Tuple.tuple("MATHEMATICS", "SURPLUS", 0),
                org.assertj.core.groups.Tuple.tuple("MUSIC", "SURPLUS", 0));
        // a music teacher on a Chinese post: Chinese is short of a post holder by subject, music has a surplus
        assertThat(picture.subjects().get(0).vacantPostIds()).containsExactly("c2");
        assertThat(picture.subjects().get(2).surplus()).isEqualTo(1);
        assertThat(StaffingPicture.of("1137068301", null, staff, posts).status()).isEqualTo("UNKNOWN");
    }
}
