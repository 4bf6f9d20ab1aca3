package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm users a province data set needs: per county a staffing office, HR, education bureau
 * and auditor user with the county's {@code county_id}, and one school user per school with its
 * {@code school_id} too (names as {@link CountyUsers} gives them; the seed county's department
 * users are the realm file's own demo users). As the {@code users} of a Keycloak realm import or
 * of a partial import ({@code POST /admin/realms/county/partialImport}).
 */
public final class ProvinceRealmUsers {

    /** One user: name, realm role, attributes. */
    public record RealmUser(String username, String role, Map<String, String> attributes) {
    }

    private ProvinceRealmUsers() {
    }

    /** The users of one county that the realm file does not define. */
    public static List<RealmUser> of(CountyModel county) {
        CountyUsers users = CountyUsers.of(county.countyId());
        List<RealmUser> wanted = new ArrayList<>();
        Map<String, String> countyOnly = Map.of("county_id", county.countyId());
        if (!users.departmentUsersPredefined()) {
            wanted.add(new RealmUser(users.staffingOffice(), "staffing-office", countyOnly));
            wanted.add(new RealmUser(users.hr(), "hr", countyOnly));
            wanted.add(new RealmUser(users.educationBureau(), "education-bureau", countyOnly));
            wanted.add(new RealmUser(users.auditor(), "auditor", countyOnly));
        }
        for (SchoolSpec s : county.schools()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("county_id", county.countyId());
            attributes.put("school_id", s.id());
            wanted.add(new RealmUser(users.school(s.id()), "school", attributes));
        }
        return wanted;
    }

    /** The counties' users as a realm import's {@code users} array, each with the given password. */
    public static ArrayNode importUsers(List<CountyModel> counties, String password) {
        ArrayNode array = Api.array();
        for (CountyModel county : counties) {
            for (RealmUser u : of(county)) {
                ObjectNode user = array.addObject().put("username", u.username()).put("enabled", true).put("emailVerified", true);
                ObjectNode attrs = user.putObject("attributes");
                u.attributes().forEach((k, v) -> attrs.putArray(k).add(v));
                user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
                user.putArray("realmRoles").add(u.role());
            }
        }
        return array;
    }
}
