package org.county.staffing.console.excel;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A table as the browser shows it, to be written as a workbook: the column headers (with a width in
 * characters, optional) and the rows, each a list of cells (text, number, true/false or null).
 */
public record ExportTableRequest(String filename, String sheet, List<TableColumn> columns, List<List<JsonNode>> rows) {

    public record TableColumn(String header, Integer width) {
    }
}
