package org.county.staffing.infra.demo;

import java.util.Map;
import java.util.TreeMap;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** 6. The bureau's rotation round: 15% of the teachers due, planned optimally and proposed into the annual plan. */
final class RotationStep implements CycleStep {

    @Override
    public String name() {
        return "rotation";
    }

    @Override
    public String title(CycleRun run) {
        return "Rotation round " + run.year + ": 15% of the teachers due";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        run.awaitRotationFollows();
        JsonNode due = api.get(Service.ROTATION, "/rounds/" + run.year + "/due", bureau);
        ObjectNode dueSummary = Api.object();
        due.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("teachers")) {
                dueSummary.set(e.getKey(), e.getValue());
            }
        });
        run.report.due = dueSummary;
        JsonNode round = null;
        for (JsonNode r : api.get(Service.ROTATION, "/rounds?schoolYear=" + run.year, bureau)) {
            if (!"PLANNED".equals(r.path("status").asText())) {
                round = r;
            }
        }
        if (round == null) {
            run.listener.checkpoint(AnnualCycle.ROUND_PLANNED);
            round = api.post(Service.ROTATION, "/rounds", bureau, Api.object().put("schoolYear", run.year));
            run.progress.say("  " + due.path("due").asInt() + " teachers due (" + due.path("exempt").asInt() + " exempt), target "
                    + round.path("target").asInt() + "; the optimal round moves " + round.path("moves").size());
            round = api.post(Service.ROTATION, "/rounds/" + round.path("id").asText() + "/proposal", bureau, null);
        }
        run.report.round = api.get(Service.ROTATION, "/rounds/" + round.path("id").asText(), bureau);
        Map<String, Integer> forms = new TreeMap<>();
        run.report.round.path("moves").forEach(m -> forms.merge(m.path("form").asText(), 1, Integer::sum));
        run.progress.say("  round proposed into the annual plan: " + run.report.round.path("moves").size() + " moves " + forms
                + ", coverage of vacancies " + run.report.round.path("coverage").path("filled").asInt() + " / "
                + run.report.round.path("coverage").path("vacancies").asInt());
    }
}
