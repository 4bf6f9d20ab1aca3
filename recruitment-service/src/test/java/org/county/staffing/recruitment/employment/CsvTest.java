package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("\uFEFFname,note\r\n\"Wang, Li\",\"said \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast,");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).cells()).containsExactly("name", "note");
        assertThat(rows.get(1).cells()).containsExactly("Wang, Li", "said \"hi\"");
        assertThat(rows.get(2).cells()).containsExactly("two\nlines", "x");
        assertThat(rows.get(3).cells()).containsExactly("last", "");
    }

    @Test
    void rowsKnowTheLineTheyStartOnAndBlankLinesAreSkipped() {
        List<Csv.Row> rows = Csv.parse("a,b\n\n1,\"x\ny\"\n,\n2,z\n");
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 3, 6);
        assertThat(rows.get(2).cells()).containsExactly("2", "z");
    }
}
