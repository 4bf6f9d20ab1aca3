package org.county.staffing.recruitment.employment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * The first sheet of an Excel workbook (.xlsx) as the rows of a CSV file: the same header line,
 * the same columns, each row with its line in the sheet (1-based). A cell is read as its text: a
 * date-formatted cell as an ISO date, a whole number without decimals, a boolean as true or false,
 * a formula as its cached value; nothing else is guessed (a number in a date column stays a number
 * and is refused by the column's check).
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    public static List<Csv.Row> read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Csv.Row> rows = new ArrayList<>();
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new Csv.Row(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file by many exception types; all mean the same to the sender
            throw RuleViolation.badRequest("IMPORT_FORMAT", null, new Reason(
                    "the body is not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")",
                    "请求内容不是可读取的 .xlsx 工作簿"));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }
}
