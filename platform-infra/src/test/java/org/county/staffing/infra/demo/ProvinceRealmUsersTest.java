package org.county.staffing.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

class ProvinceRealmUsersTest {

    @Test
    void everyCountyHasItsOwnDepartmentAndSchoolUsersScopedToIt() {
        List<CountyModel> province = CountyGenerator.province(2026, 3, CountyGenerator.Scale.SMALL);

        ArrayNode users = ProvinceRealmUsers.importUsers(province, "demo");

        // the seed county's departments are the realm file's demo users; the others get four each
        int schools = province.stream().mapToInt(c -> c.schools().size()).sum();
        assertThat(users).hasSize(schools + 2 * 4);
        for (CountyModel county : province.subList(1, 3)) {
            for (String role : List.of("staffing-office", "hr", "education-bureau", "auditor")) {
                assertThat(users).filteredOn(u -> u.path("realmRoles").path(0).asText().equals(role)
                        && u.path("attributes").path("county_id").path(0).asText().equals(county.countyId())).hasSize(1);
            }
        }
        for (JsonNode user : users) {
            if (user.path("realmRoles").path(0).asText().equals("school")) {
                String school = user.path("attributes").path("school_id").path(0).asText();
                assertThat(school).startsWith("1" + user.path("attributes").path("county_id").path(0).asText());
            }
            assertThat(user.path("credentials").path(0).path("value").asText()).isEqualTo("demo");
        }
        assertThat(users.findValuesAsText("username")).doesNotHaveDuplicates();
    }
}
