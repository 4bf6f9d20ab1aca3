package org.county.staffing.console.excel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportResourceTest {

    private static final String SCHOOLS = """
            {"filename": "学校编制_20261116", "sheet": "学校编制",
             "columns": [{"header": "学校标识码", "width": 14}, {"header": "学校", "width": 28}, {"header": "核定编制"}, {"header": "超编"}],
             "rows": [["1370687001", "城关第一小学", 42, false],
                      ["1370687002", "马坊镇中心小学", 18.5, true],
                      ["370687199005179514", null, 0, null]]}
            """;

    @Test
    void aTableIsWrittenAsAWorkbookWithNumbersAsNumbersAndTextAsText() throws IOException {
        byte[] xlsx = given().contentType("application/json").body(SCHOOLS)
                .when().post("/export/xlsx")
                .then().statusCode(200)
                .contentType(XlsxTableWriter.CONTENT_TYPE)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%AD%A6%E6%A0%A1%E7%BC%96%E5%88%B6_20261116.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("学校编制");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("学校");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(28 * 256);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(18.5);
            assertThat(sheet.getRow(2).getCell(3).getBooleanCellValue()).isTrue();
            // an identity number stays the text it is, never 3.7E17
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("370687199005179514");
            assertThat(sheet.getRow(3).getCell(1)).isNull();
        }
    }

    @Test
    void aRowWithoutACellPerColumnIsRefusedAtThatRowAndNothingIsWritten() {
        given().contentType("application/json")
                .body("{\"columns\": [{\"header\": \"学校\"}, {\"header\": \"编制\"}], \"rows\": [[\"一小\", 3], [\"二小\"]]}")
                .when().post("/export/xlsx")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("ROW_WIDTH")).body("field", equalTo("rows[1]"))
                .body("reason.zh", equalTo("第 2 行有 1 个单元格，表格有 2 列"));
    }

    @Test
    void aCellThatIsNeitherTextNorNumberIsRefusedAtItsPlace() {
        given().contentType("application/json")
                .body("{\"columns\": [{\"header\": \"学校\"}], \"rows\": [[{\"name\": \"一小\"}]]}")
                .when().post("/export/xlsx")
                .then().statusCode(400).body("rule", equalTo("CELL_TYPE")).body("field", equalTo("rows[0][0]"));
    }

    @Test
    void aTableWithoutColumnsIsRefused() {
        given().contentType("application/json").body("{\"columns\": [], \"rows\": []}")
                .when().post("/export/xlsx")
                .then().statusCode(400).body("rule", equalTo("TABLE_COLUMNS")).body("field", equalTo("columns"));
    }

    @Test
    void aFilenameKeepsNoPathAndEndsInXlsx() {
        assertThat(ExportResource.filename("../报表:2026")).isEqualTo(".._报表_2026.xlsx");
        assertThat(ExportResource.filename(null)).isEqualTo("export.xlsx");
        assertThat(ExportResource.contentDisposition("编制.xlsx")).startsWith("attachment; filename=\"__.xlsx\"");
    }
}
