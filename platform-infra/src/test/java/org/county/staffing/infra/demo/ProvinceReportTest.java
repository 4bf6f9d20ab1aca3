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
    void theNumberOfCountiesIsAWholeNumberFromOneTo200() {
        assertThat(Demo.counties(new String[] {"--small"})).isEqualTo(1);
        assertThat(Demo.counties(new String[] {"--counties", "3"})).isEqualTo(3);
        assertThat(Demo.counties(new String[] {"--small", "--counties=20"})).isEqualTo(20);
        assertThatThrownBy(() -> Demo.counties(new String[] {"--counties", "0"})).hasMessageContaining("from 1 to 200");
        assertThatThrownBy(() -> Demo.counties(new String[] {"--counties=two"})).hasMessageContaining("'two'");
    }
}
