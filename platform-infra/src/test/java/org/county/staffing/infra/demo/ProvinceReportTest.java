package org.county.staffing.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ProvinceReportTest {

    private static CycleReport report(CountyModel county, int quota, int staff, String... forms) {
        CycleReport r = new CycleReport();
        r.countyId = county.countyId();
        r.schoolYear = county.currentYear();
        ArrayNode pools = Api.array();
        pools.addObject().put("pool", "K12").put("total", quota).put("allocated", quota - 1).put("free", 1);
        r.poolsEnd = pools;
        r.end = List.of(new CycleReport.SchoolLine("1" + county.countyId() + "001", "学校", "URBAN", "ORDINARY", "K12", quota, staff,
                quota, 2, 1));
        ObjectNode round = Api.object();
        ArrayNode moves = round.putArray("moves");
        r.round = round;
        for (String form : forms) {
            moves.addObject().put("form", form);
        }
        r.auditVerify = Api.object().put("status", "OK").put("length", 100);
        r.steps = List.of(new Timings.Step("load: teachers", 10, 5), new Timings.Step("verification", 3, 2));
        r.seconds = 20;
        return r;
    }

    @Test
    void theTotalRowIsTheSumOfTheCountiesRows() {
        List<CountyModel> counties = CountyGenerator.province(5, 2, CountyGenerator.Scale.SMALL);
        ProvinceReport page = new ProvinceReport(List.of(
                new ProvinceReport.County(counties.get(0), report(counties.get(0), 30, 31, "COMPETITION", "COMPETITION", "SHADOWING")),
                new ProvinceReport.County(counties.get(1), report(counties.get(1), 40, 38, "COMPETITION"))),
                "SMALL", 25, List.of(), List.of(), new ProvinceReport.Views(null, null, null, null));

        String text = page.text();
        int teachers = counties.get(0).teachers().size() + counties.get(1).teachers().size();
        assertThat(text).contains("370683", "370102", "莱州市", "历下区");
        assertThat(text.lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow())
                .contains(" " + teachers + " ", "70/    68", " 4 ", "200 OK");
        // moves by form in total: COMPETITION 3, SHADOWING 1
        assertThat(text).containsPattern("total\\s+3\\s+1\\s*\n");
        assertThat(text).contains("user province, password demo");
        assertThat(page.html()).contains("<tr class=total>", "cycle-370102-" + CountyGenerator.CURRENT_YEAR + ".html");
    }

    @Test
    void aCountysMovesAreThoseItsExecutedPlanCarriedOutNotTheMovesTakenOutOfIt() {
        List<CountyModel> counties = CountyGenerator.province(5, 1, CountyGenerator.Scale.SMALL);
        CycleReport r = report(counties.get(0), 30, 31, "COMPETITION", "COMPETITION", "SHADOWING");
        // the bureau took one competition out of the plan: its pool could not hold it
        ObjectNode plan = Api.object();
        ArrayNode items = plan.putArray("items");
        items.addObject().put("kind", "TEACHER_MOVE").put("form", "COMPETITION");
        items.addObject().put("kind", "TEACHER_MOVE").put("form", "SHADOWING");
        items.addObject().put("kind", "QUOTA_TRANSFER");
        r.plan = plan;

        ProvinceReport.Row row = ProvinceReport.row(new ProvinceReport.County(counties.get(0), r), "");

        assertThat(row.moves()).containsExactly(java.util.Map.entry("COMPETITION", 1), java.util.Map.entry("SHADOWING", 1));
    }

    /** The province user's four views as the services would answer them for the two counties' figures. */
    private static ProvinceReport.Views views(List<CountyModel> counties, int allocatedOfB) {
        String a = counties.get(0).countyId();
        String b = counties.get(1).countyId();
        int schoolsOfA = counties.get(0).schools().size();
        int schoolsOfB = counties.get(1).schools().size();
        ObjectNode quotas = Api.object().put("counties", 2);
        ArrayNode items = quotas.putArray("items");
        items.addObject().put("countyId", a).put("schools", schoolsOfA).put("overStaffed", 1).put("underStaffed", 0).putArray("pools")
                .addObject().put("pool", "K12").put("total", 30).put("allocated", 29);
        items.addObject().put("countyId", b).put("schools", schoolsOfB).put("overStaffed", 0).put("underStaffed", 1).putArray("pools")
                .addObject().put("pool", "K12").put("total", 40).put("allocated", allocatedOfB);
        quotas.putObject("total").put("schools", schoolsOfA + schoolsOfB).put("overStaffed", 1).put("underStaffed", 1).putArray("pools")
                .addObject().put("pool", "K12").put("total", 70).put("allocated", 29 + allocatedOfB);
        ObjectNode posts = Api.object().put("counties", 2);
        posts.putArray("rows").add(Api.object().put("countyId", a).put("established", 30).put("vacant", 2).put("frozen", 1))
                .add(Api.object().put("countyId", b).put("established", 40).put("vacant", 2).put("frozen", 1));
        posts.putObject("totals").put("established", 70).put("vacant", 4).put("frozen", 2);
        ObjectNode rotations = Api.object().put("counties", 2);
        rotations.putArray("rows").add(Api.object().put("countyId", a).put("moves", 3)).add(Api.object().put("countyId", b).put("moves", 1));
        rotations.putObject("totals").put("moves", 4);
        ObjectNode audit = Api.object().put("counties", 2);
        audit.putArray("rows").add(Api.object().put("countyId", a).put("records", 100)).add(Api.object().put("countyId", b).put("records", 100));
        audit.putObject("totals").put("records", 200);
        return new ProvinceReport.Views(quotas, posts, rotations, audit);
    }

    @Test
    void theProvinceUsersViewsAreCheckedAgainstEachCountysReportAndTheirSum() {
        List<CountyModel> counties = CountyGenerator.province(5, 2, CountyGenerator.Scale.SMALL);
        String b = counties.get(1).countyId();
        List<ProvinceReport.County> rows = List.of(
                new ProvinceReport.County(counties.get(0), report(counties.get(0), 30, 31, "COMPETITION", "COMPETITION", "SHADOWING")),
                new ProvinceReport.County(counties.get(1), report(counties.get(1), 40, 38, "COMPETITION")));

        ProvinceReport agreeing = new ProvinceReport(rows, "SMALL", 25, List.of(), List.of(), views(counties, 39));
        assertThat(agreeing.checks()).hasSize(10).allMatch(ProvinceReport.Check::agrees);
        assertThat(agreeing.text()).contains("all 10 figures agree");

        // one county's allocated quota differs from its report: the figure, its total and the county are named
        ProvinceReport differing = new ProvinceReport(rows, "SMALL", 25, List.of(), List.of(), views(counties, 35));
        assertThat(differing.checks()).filteredOn(c -> !c.agrees()).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo("quota allocated");
            assertThat(c.province()).isEqualTo(64);
            assertThat(c.counties()).isEqualTo(68);
            assertThat(c.differences()).containsExactly(b + ": view 35, report 39");
        });
        assertThat(differing.text()).contains("1 of 10 figures differ", "DIFFERS [" + b + ": view 35, report 39]");

        // a county on the platform that the demo did not run is named too
        ObjectNode extra = (ObjectNode) views(counties, 39).posts();
        ((ArrayNode) extra.path("rows")).addObject().put("countyId", "379001").put("established", 0);
        ProvinceReport withExtra = new ProvinceReport(rows, "SMALL", 25, List.of(), List.of(),
                new ProvinceReport.Views(null, extra, null, null));
        assertThat(withExtra.checks()).hasSize(3).first().satisfies(c -> assertThat(c.differences()).containsExactly(
                "379001 in the view, not in the demo"));
    }

    @Test
    void theNumberOfCountiesIsAWholeNumberFromOneTo200() {
        assertThat(Demo.counties(new String[] {"--small"})).isEqualTo(1);
        assertThat(Demo.counties(new String[] {"--counties", "3"})).isEqualTo(3);
        assertThat(Demo.counties(new String[] {"--small", "--counties=20"})).isEqualTo(20);
        assertThatThrownBy(() -> Demo.counties(new String[] {"--counties", "0"})).hasMessageContaining("from 1 to 200");
        assertThatThrownBy(() -> Demo.counties(new String[] {"--counties=two"})).hasMessageContaining("'two'");
    }
}
