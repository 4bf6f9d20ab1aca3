package org.county.staffing.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void recordsEndWithCrlfAndOnlyFieldsThatNeedItAreQuoted() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("a", "b c", "城关小学"));
        csv.row(Arrays.asList("x,y", "say \"hi\"", "two\nlines", "cr\rhere", null, ""));
        assertThat(out.toString()).isEqualTo("a,b c,城关小学\r\n"
                + "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,\r\n");
    }

    @Test
    void aJsonPayloadIsOneQuotedField() {
        assertThat(CsvWriter.field("{\"teacherId\":\"t-1\",\"subjects\":[\"MATHEMATICS\"]}"))
                .isEqualTo("\"{\"\"teacherId\"\":\"\"t-1\"\",\"\"subjects\"\":[\"\"MATHEMATICS\"\"]}\"");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.field("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("school:a=b")).isEqualTo("school:a=b");
        assertThat(CsvWriter.field("2026-07-31T08:00:00.000000Z")).isEqualTo("2026-07-31T08:00:00.000000Z");
    }
}
