package org.county.staffing.console.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes a table as an .xlsx workbook with Apache POI: one sheet, a bold header line, then one line
 * per row; numbers stay numbers, text stays text (an identity number is never turned into 3.7E17).
 * The table is checked whole before anything is written.
 */
public final class XlsxTableWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_ROWS = 100_000;
    private static final int MAX_TEXT = 32_767;
    /** Rows kept in memory while writing; the rest go to a temporary file. */
    private static final int WINDOW = 500;

    private XlsxTableWriter() {
    }

    /** Rules TABLE_COLUMNS, TABLE_ROWS, ROW_WIDTH, CELL_TYPE, CELL_LENGTH. */
    public static void check(ExportTableRequest table) {
        List<ExportTableRequest.TableColumn> columns = table.columns();
        if (columns == null || columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new TableRefusal("TABLE_COLUMNS", "columns", "a table has 1 to " + MAX_COLUMNS + " columns",
                    "表格须有 1 至 " + MAX_COLUMNS + " 列");
        }
        for (int c = 0; c < columns.size(); c++) {
            ExportTableRequest.TableColumn column = columns.get(c);
            if (column == null || column.header() == null || column.header().isBlank()) {
                throw new TableRefusal("TABLE_COLUMNS", "columns[" + c + "].header", "column " + (c + 1) + " has no header",
                        "第 " + (c + 1) + " 列没有列名");
            }
            if (column.width() != null && (column.width() < 1 || column.width() > 255)) {
                throw new TableRefusal("TABLE_COLUMNS", "columns[" + c + "].width", "a column is 1 to 255 characters wide",
                        "列宽须为 1 至 255 个字符");
            }
        }
        List<List<JsonNode>> rows = table.rows() == null ? List.of() : table.rows();
        if (rows.size() > MAX_ROWS) {
            throw new TableRefusal("TABLE_ROWS", "rows", rows.size() + " rows; at most " + MAX_ROWS + " in one workbook",
                    "共 " + rows.size() + " 行，一个工作簿最多 " + MAX_ROWS + " 行");
        }
        for (int r = 0; r < rows.size(); r++) {
            List<JsonNode> row = rows.get(r);
            if (row == null || row.size() != columns.size()) {
                throw new TableRefusal("ROW_WIDTH", "rows[" + r + "]", "row " + (r + 1) + " has "
                        + (row == null ? 0 : row.size()) + " cells for " + columns.size() + " columns",
                        "第 " + (r + 1) + " 行有 " + (row == null ? 0 : row.size()) + " 个单元格，表格有 " + columns.size() + " 列");
            }
            for (int c = 0; c < row.size(); c++) {
                JsonNode cell = row.get(c);
                if (cell != null && (cell.isContainerNode() || cell.isBinary() || cell.isPojo())) {
                    throw new TableRefusal("CELL_TYPE", "rows[" + r + "][" + c + "]",
                            "a cell is text, a number, true/false or null", "单元格只能是文本、数字、是/否或空");
                }
                if (cell != null && cell.isTextual() && cell.textValue().length() > MAX_TEXT) {
                    throw new TableRefusal("CELL_LENGTH", "rows[" + r + "][" + c + "]",
                            "a cell holds at most " + MAX_TEXT + " characters", "单元格最多 " + MAX_TEXT + " 个字符");
                }
            }
        }
    }

    /** Writes a checked table. */
    public static void write(ExportTableRequest table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            String name = table.sheet() == null || table.sheet().isBlank() ? "Sheet1" : table.sheet();
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            List<ExportTableRequest.TableColumn> columns = table.columns();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(headerStyle);
                int width = columns.get(c).width() == null ? 16 : columns.get(c).width();
                sheet.setColumnWidth(c, width * 256);
            }
            sheet.createFreezePane(0, 1);
            List<List<JsonNode>> rows = table.rows() == null ? List.of() : table.rows();
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                List<JsonNode> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    JsonNode value = row.get(c);
                    if (value == null || value.isNull() || value.isMissingNode()) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (value.isNumber()) {
                        cell.setCellValue(value.doubleValue());
                    } else if (value.isBoolean()) {
                        cell.setCellValue(value.booleanValue());
                    } else {
                        cell.setCellValue(value.asText());
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
