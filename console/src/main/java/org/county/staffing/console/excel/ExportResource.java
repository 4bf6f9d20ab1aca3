package org.county.staffing.console.excel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Every table's 导出 Excel: the browser sends the rows it shows (all the filters select), the
 * console writes the workbook. The data came from the services under the user's own token; this
 * only changes its format, so it needs no role of its own.
 */
@Path("/export/xlsx")
public class ExportResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response export(ExportTableRequest table) {
        if (table == null) {
            return problem(new TableRefusal("NOT_NULL", "body", "a table is required", "缺少表格内容"));
        }
        try {
            XlsxTableWriter.check(table);
        } catch (TableRefusal refusal) {
            return problem(refusal);
        }
        StreamingOutput body = out -> XlsxTableWriter.write(table, out);
        return Response.ok(body, XlsxTableWriter.CONTENT_TYPE)
                .header("Content-Disposition", contentDisposition(filename(table.filename()))).build();
    }

    /** A name ending in .xlsx, without what a file system or a header would not take. */
    static String filename(String asked) {
        String name = asked == null ? "" : asked.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "export";
        }
        return name.toLowerCase().endsWith(".xlsx") ? name : name + ".xlsx";
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name (Chinese) for the browsers that read it. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Response problem(TableRefusal refusal) {
        Map<String, Object> body = Map.of("type", "about:blank", "status", 400, "title", refusal.getMessage(),
                "detail", refusal.getMessage(), "rule", refusal.rule(), "field", refusal.field(),
                "reason", Map.of("en", refusal.getMessage(), "zh", refusal.zh()));
        return Response.status(400).type("application/problem+json").entity(body).build();
    }
}
