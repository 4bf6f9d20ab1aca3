package org.county.staffing.recruitment.employment;

import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.county.staffing.recruitment.Fixtures;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The teacher import from an Excel workbook (.xlsx): the CSV file's columns, checks and per-line report. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class TeacherImportTest {

    /** A workbook whose first sheet holds {@code rows}; a LocalDate is written as a date-formatted cell, a Boolean as a boolean cell. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Sheet sheet = book.createSheet("教师");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExcelWorkbookIsImportedWithTheColumnsAndReportOfACsvFile() throws IOException {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        UUID id = UUID.randomUUID();
        String good = Fixtures.idNumber(LocalDate.of(1990, 5, 6), false);
        String bad = Fixtures.idNumber(LocalDate.of(1991, 1, 1), true);
        List<Object> header = List.of("id", "name", "gender", "birthDate", "idNumber", "subjects", "title", "firstHireDate",
                "backbone", "postId", "appointedSince");
        List<Object> li = List.of(id.toString(), "李娜", "FEMALE", LocalDate.of(1990, 5, 6), good, "MATHEMATICS", "FIRST",
                LocalDate.of(2013, 9, 1), true, post.toString(), LocalDate.of(2016, 9, 1));
        // a birth date typed as a number is not a date
        List<Object> wang = List.of("", "王强", "MALE", 19910101, bad, "MATHEMATICS", "FIRST", LocalDate.of(2014, 9, 1), false);
        byte[] withBadLine = workbook(List.of(header, li, wang));

        asBureau().contentType(Xlsx.MEDIA_TYPE).queryParam("dryRun", true).body(withBadLine).post("/teachers/import").then()
                .statusCode(200).body("dryRun", equalTo(true)).body("rows", equalTo(2)).body("imported", equalTo(1))
                .body("rejected.row", contains(3)).body("rejected.field", contains("birthDate"))
                .body("rejected.rule", contains("FIELD_TYPE"));
        asBureau().contentType(Xlsx.MEDIA_TYPE).body(withBadLine).post("/teachers/import").then().statusCode(422)
                .body("rule", equalTo("IMPORT_ALL_LINES_VALID")).body("imported", equalTo(0)).body("rejected.row", contains(3));
        asBureau().get("/teachers/" + id).then().statusCode(404);

        asBureau().contentType(Xlsx.MEDIA_TYPE).body(workbook(List.of(header, li))).post("/teachers/import").then()
                .statusCode(200).body("imported", equalTo(1)).body("teacherIds", contains(id.toString()));
        asBureau().get("/teachers/" + id).then().statusCode(200).body("name", equalTo("李娜"))
                .body("birthDate", equalTo("1990-05-06")).body("backbone", equalTo(true))
                .body("currentAppointment.postId", equalTo(post.toString()))
                .body("currentAppointment.since", equalTo("2016-09-01"));
    }

    @Test
    void aBodyThatIsNoWorkbookIsRefusedByName() {
        asBureau().contentType(Xlsx.MEDIA_TYPE).body("id,name\n".getBytes(StandardCharsets.UTF_8)).post("/teachers/import")
                .then().statusCode(400).contentType("application/problem+json").body("rule", equalTo("IMPORT_FORMAT"))
                .body("reason.zh", equalTo("请求内容不是可读取的 .xlsx 工作簿"));
    }
}
