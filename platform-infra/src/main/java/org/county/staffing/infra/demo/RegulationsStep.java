package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 3. The staffing office issues every school's function-and-staffing regulation (机构职能编制规定)
 * once the verification has set the quotas and before HR establishes posts: its functions, its party
 * organisation by the school's size and its leadership posts, counted within the quota
 * ({@link #draft}).
 */
final class RegulationsStep implements CycleStep {

    /** A regulation as the demo drafts it for a school. */
    record Draft(String partyOrganisation, Map<String, Integer> leadershipPosts, List<String> functions) {
        int leadershipTotal() {
            return leadershipPosts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Override
    public String name() {
        return "regulations";
    }

    @Override
    public String title(CycleRun run) {
        return "Function-and-staffing regulations of the schools (staffing office)";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        String office = run.users.staffingOffice();
        Set<String> issued = new HashSet<>();
        api.get(Service.QUOTA, "/regulations", office).forEach(r -> issued.add(r.path("schoolId").asText()));
        List<SchoolSpec> missing = run.county.schools().stream().filter(s -> !issued.contains(s.id())).toList();
        if (!run.complete && !missing.isEmpty()) {
            Map<String, JsonNode> quotas = CycleRun.byId(api.get(Service.QUOTA, "/quotas", office));
            run.parallel.each(missing, s -> {
                Draft draft = draft(s, quotas.get(s.id()).path("allocated").asInt());
                ObjectNode body = Api.object().put("effectiveFrom", CountyGenerator.YEAR_START.toString())
                        .put("partyOrganisation", draft.partyOrganisation());
                draft.functions().forEach(body.putArray("functions")::add);
                ArrayNode posts = body.putArray("leadershipPosts");
                draft.leadershipPosts().forEach((role, count) -> posts.addObject().put("role", role).put("count", count));
                api.put(Service.QUOTA, "/schools/" + s.id() + "/regulation", office, body);
            });
        }
        Map<String, Integer> byParty = new TreeMap<>();
        int leadership = 0;
        int schools = 0;
        for (JsonNode r : api.get(Service.QUOTA, "/regulations", office)) {
            byParty.merge(r.path("partyOrganisation").asText(), 1, Integer::sum);
            leadership += r.path("leadershipTotal").asInt();
            schools++;
        }
        run.report.regulations = new CycleReport.Regulations(schools, byParty, leadership, missing.size());
        run.progress.say("  " + schools + " regulations (" + missing.size() + " issued now), party organisations " + byParty + ", "
                + leadership + " leadership posts within the quotas");
    }

    /**
     * The party organisation by size: a party committee (党委) at a secondary school with a quota of
     * 100 or more, a general branch (党总支) at a school with 50 or more, a branch (党支部) elsewhere;
     * a principal, a party secretary (where the quota leaves room beside the principal), deputy
     * principals by size, a full-time deputy secretary where the organisation is a committee or general
     * branch, a discipline secretary at a committee, a union chair from 40 on; never more than the quota.
     */
    static Draft draft(SchoolSpec school, int quota) {
        boolean secondary = school.stages().contains("JUNIOR") || school.stages().contains("SENIOR");
        String party = secondary && quota >= 100 ? "PARTY_COMMITTEE" : quota >= 50 ? "GENERAL_BRANCH" : "PARTY_BRANCH";
        Map<String, Integer> posts = new LinkedHashMap<>();
        posts.put("PRINCIPAL", 1);
        if (!party.equals("PARTY_BRANCH")) {
            posts.put("FULL_TIME_DEPUTY_SECRETARY", 1);
        }
        if (quota >= 2) {
            posts.put("PARTY_SECRETARY", 1);
        }
        int deputies = quota >= 100 ? 3 : quota >= 50 ? 2 : quota >= 15 ? 1 : 0;
        if (deputies > 0) {
            posts.put("DEPUTY_PRINCIPAL", deputies);
        }
        if (party.equals("PARTY_COMMITTEE")) {
            posts.put("DISCIPLINE_SECRETARY", 1);
        }
        if (quota >= 40) {
            posts.put("UNION_CHAIR", 1);
        }
        List<String> functions = new ArrayList<>();
        for (String stage : school.stages()) {
            functions.add(switch (stage) {
                case "KINDERGARTEN" -> "实施学前教育，促进幼儿身心全面和谐发展";
                case "PRIMARY" -> "实施小学阶段义务教育";
                case "JUNIOR" -> "实施初中阶段义务教育";
                case "SENIOR" -> "实施普通高中教育";
                case "VOCATIONAL" -> "实施中等职业教育和职业培训";
                case "SPECIAL" -> "实施特殊教育，为残疾儿童少年提供教育和康复服务";
                default -> "实施" + stage + "教育";
            });
        }
        functions.add("落实立德树人根本任务，开展教育教学研究和教师队伍建设");
        return new Draft(party, posts, functions);
    }
}
