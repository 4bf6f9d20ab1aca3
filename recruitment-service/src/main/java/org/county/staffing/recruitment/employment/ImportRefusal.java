package org.county.staffing.recruitment.employment;

import java.util.List;

import org.county.staffing.backbone.problem.Problem;
import org.county.staffing.backbone.problem.Reason;

/**
 * A teacher import refused as a whole (422, problem+json, rule IMPORT_ALL_LINES_VALID): the
 * problem's fields and the import's per-line report ({@code rejected}); nothing was written.
 */
public record ImportRefusal(String type, String title, int status, String detail, String rule, String field, Reason reason,
                            int rows, int imported, List<TeacherImport.RejectedRow> rejected, boolean dryRun) {

    public static final String RULE = "IMPORT_ALL_LINES_VALID";

    public static ImportRefusal of(TeacherImport.Report report) {
        int refused = report.rejected().size();
        Reason reason = new Reason(
                refused + " of " + report.rows() + " lines are refused (see rejected); a file is imported whole or not at all:"
                        + " correct those lines and send the file again",
                "文件 " + report.rows() + " 行中有 " + refused + " 行未通过检查（见 rejected）；导入按整个文件进行，未写入任何数据，请修改后重新提交");
        return new ImportRefusal("urn:county-staffing:problem:import-all-lines-valid", Problem.title(422), 422, reason.en(),
                RULE, null, reason, report.rows(), 0, report.rejected(), false);
    }
}
