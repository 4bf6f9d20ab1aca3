package org.county.staffing.audit.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class MentionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSubjectAndEveryIdThePayloadNamesAreMentions() throws Exception {
        var data = JSON.readTree("""
                {"planId": "p-1", "countyId": "370683", "name": "2026 年度调整方案",
                 "items": [{"kind": "TEACHER_MOVE", "teacherId": "t-1", "fromSchoolId": "1137068301", "toPostId": "post-9"},
                           {"kind": "POST_CHANGE", "postIds": ["post-1", "post-2"], "schoolId": "1137068302"}],
                 "evidence": [{"type": "post", "id": "post-3"}],
                 "reference": "v-7", "mergedInto": "1137068303", "version": 2}""");
        assertThat(Mentions.of("p-1", data)).containsExactly("1137068301", "1137068302", "1137068303",
                "p-1", "post-1", "post-2", "post-3", "post-9", "t-1", "v-7");
    }

    @Test
    void theCountyAndNonIdMembersAreNotMentions() throws Exception {
        var data = JSON.readTree("{\"countyId\": \"370683\", \"district\": \"城区学区\", \"idea\": \"x\", \"paid\": \"y\"}");
        assertThat(Mentions.of(null, data)).isEmpty();
        assertThat(Mentions.namesAnId("paid")).isFalse();
        assertThat(Mentions.namesAnId("memberSchoolIds")).isTrue();
    }

    @Test
    void longTextIsNoIdAndNumbersAreNotLookedUp() throws Exception {
        var data = JSON.readTree("{\"noteId\": \"" + "x".repeat(Mentions.MAX_ID_LENGTH + 1) + "\", \"roundId\": 7}");
        assertThat(Mentions.of("s", data)).containsExactly("s");
    }
}
