package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.recruitment.config.RecruitmentConfig;
import org.county.staffing.recruitment.post.KnownPost;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Onboarding a county from a CSV file or an Excel workbook (.xlsx, its first sheet). Every row is
 * checked on its own (and against the rows before it); a rejected row is reported with its line,
 * field and rule. A file is imported whole or not at all: one rejected row and nothing is written
 * (the resource answers 422 with the report), so a corrected file can simply be sent again. What
 * the rows refer to (registered ids and ID numbers, the posts they fill) is read in a few queries
 * for the whole file, and the rows are written without reading in between, in JDBC batches.
 */
@ApplicationScoped
public class TeacherImport {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TeacherImport.class);

    /** A file is one transaction; 5,000 rows on a busy machine outlast the default minute. */
    static final int IMPORT_TIMEOUT_SECONDS = 600;

    public static final List<String> COLUMNS = List.of("id", "name", "gender", "birthDate", "idNumber", "subjects", "title",
            "category", "firstHireDate", "backbone", "postId", "appointedSince", "contractType", "contractEndsOn");
    private static final Set<String> REQUIRED = Set.of("name", "gender", "birthDate", "idNumber", "subjects", "title",
            "firstHireDate");

    @Inject
    TeacherService teachers;

    @Inject
    TeacherDirectory directory;

    @Inject
    EmploymentService employment;

    @Inject
    RecruitmentConfig config;

    @Inject
    PlatformClock clock;

    public record RejectedRow(int row, String field, String rule, Reason reason) {
    }

    public record Report(int rows, int imported, List<UUID> teacherIds, List<RejectedRow> rejected, boolean dryRun) {
    }

    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public Report importCsv(String countyId, String text, boolean dryRun) {
        return importRows(countyId, Csv.parse(text == null ? "" : text), dryRun);
    }

    /** The first sheet of an .xlsx workbook, with the same columns and checks as a CSV file. */
    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public Report importXlsx(String countyId, byte[] workbook, boolean dryRun) {
        return importRows(countyId, Xlsx.read(workbook == null ? new byte[0] : workbook), dryRun);
    }

    private Report importRows(String countyId, List<Csv.Row> rows, boolean dryRun) {
        if (rows.isEmpty()) {
            throw RuleViolation.badRequest("IMPORT_HEADER", null, new Reason(
                    "the file is empty; the first line names the columns " + COLUMNS,
                    "文件为空；第一行应为列名 " + COLUMNS));
        }
        Map<String, Integer> header = header(rows.get(0));
        List<Csv.Row> data = rows.subList(1, rows.size());
        if (data.size() > config.importing().maxRows()) {
            throw RuleViolation.badRequest("IMPORT_MAX_ROWS", null, new Reason(
                    "a file holds at most " + config.importing().maxRows() + " rows; split it",
                    "每个文件最多 " + config.importing().maxRows() + " 行，请拆分后导入"));
        }
        // what the file refers to, read at once: registered ids and ID numbers, the posts it fills
        List<Map<String, String>> cellsOfRows = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        Set<UUID> postIds = new HashSet<>();
        for (Csv.Row row : data) {
            Map<String, String> cells = cells(header, row);
            cellsOfRows.add(cells);
            uuidOrNull(cells.get("id")).ifPresent(ids::add);
            uuidOrNull(cells.get("postId")).ifPresent(postIds::add);
            if (cells.containsKey("idNumber")) {
                idNumbers.add(cells.get("idNumber"));
            }
        }
        TeacherService.Registered registered = teachers.registeredAmong(countyId, ids, idNumbers);
        EmploymentService.PostSnapshot posts = employment.postsFor(postIds);

        List<RejectedRow> rejected = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        Set<String> hashesInFile = new HashSet<>();
        Set<UUID> idsInFile = new HashSet<>();
        Set<UUID> postsInFile = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            Csv.Row row = data.get(i);
            try {
                Map<String, String> cells = cellsOfRows.get(i);
                TeacherRegistration registration = registration(cells);
                Teacher teacher = teachers.newTeacher(countyId, registration, registered);
                if (hashesInFile.contains(teacher.idNumberHash) || idsInFile.contains(teacher.id)) {
                    throw RuleViolation.conflict("IMPORT_ROW_UNIQUE",
                            hashesInFile.contains(teacher.idNumberHash) ? "idNumber" : "id",
                            new Reason("an earlier row of this file registers the same teacher",
                                    "本文件前面的行已登记同一教师"));
                }
                UUID postId = uuid(cells, "postId");
                if (postId != null && postsInFile.contains(postId)) {
                    throw RuleViolation.conflict("POST_VACANT", "postId", new Reason(
                            "an earlier row of this file is appointed to post " + postId,
                            "本文件前面的行已聘任到岗位 " + postId));
                }
                LocalDate since = date(cells, "appointedSince");
                if (postId != null && since == null) {
                    throw RuleViolation.badRequest("IMPORT_APPOINTED_SINCE", "appointedSince", new Reason(
                            "a row with a postId says since when the teacher holds it",
                            "填写了岗位（postId）的行须填写聘任起始日期 appointedSince"));
                }
                ContractTerms terms = postId == null ? null : contractTerms(cells, since);
                if (terms != null) {
                    ContractType type = terms.type() != null ? terms.type() : ContractType.FIXED_TERM;
                    ContractRules.requireTerm(type, since, terms.endsOn() != null ? terms.endsOn()
                            : ContractRules.defaultEnd(type, since, config.contract().defaultTermYears()));
                }
                KnownPost post = postId == null ? null : employment.checkPost(teacher, postId, since, posts);
                hashesInFile.add(teacher.idNumberHash);
                idsInFile.add(teacher.id);
                if (postId != null) {
                    postsInFile.add(postId);
                }
                accepted.add(new Accepted(teacher, post, since, terms));
            } catch (RuleViolation e) {
                Violation first = e.violations().get(0);
                rejected.add(new RejectedRow(row.line(), first.field(), first.rule(), first.reason()));
            }
        }
        // all or nothing: one refused line keeps the whole file out
        boolean write = !dryRun && rejected.isEmpty();
        if (write) {
            // nothing is read from here on, so the inserts go to the database in JDBC batches
            for (Accepted a : accepted) {
                a.teacher().persist();
                directory.announceRegistered(a.teacher(), null);
                if (a.post() != null) {
                    employment.appointChecked(a.teacher(), a.post(), a.since(), AppointmentSource.IMPORT, null, a.terms());
                }
            }
        }
        List<UUID> teacherIds = write || dryRun ? accepted.stream().map(a -> a.teacher().id).toList() : List.of();
        LOG.infof("teacher import in county %s%s: %d rows, %d %s, %d rejected", countyId, dryRun ? " (dry run)" : "",
                data.size(), accepted.size(), write ? "imported" : "valid (nothing written)", rejected.size());
        return new Report(data.size(), teacherIds.size(), teacherIds, rejected, dryRun);
    }

    /** A checked row, written once every row has passed. */
    private record Accepted(Teacher teacher, KnownPost post, LocalDate since, ContractTerms terms) {
    }

    private static Optional<UUID> uuidOrNull(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // refused with FIELD_TYPE when its row is checked
        }
    }

    private Map<String, Integer> header(Csv.Row row) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i).trim();
            if (!COLUMNS.contains(name)) {
                throw RuleViolation.badRequest("IMPORT_HEADER", name, new Reason(
                        "unknown column '" + name + "'; the columns are " + COLUMNS,
                        "未知列 '" + name + "'；可用列为 " + COLUMNS));
            }
            index.put(name, i);
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                throw RuleViolation.badRequest("IMPORT_HEADER", required, new Reason(
                        "the header lacks the required column '" + required + "'",
                        "表头缺少必填列 '" + required + "'"));
            }
        }
        return index;
    }

    private static Map<String, String> cells(Map<String, Integer> header, Csv.Row row) {
        Map<String, String> cells = new HashMap<>();
        header.forEach((name, i) -> {
            String value = i < row.cells().size() ? row.cells().get(i).trim() : "";
            if (!value.isEmpty()) {
                cells.put(name, value);
            }
        });
        return cells;
    }

    private TeacherRegistration registration(Map<String, String> cells) {
        for (String required : REQUIRED) {
            if (!cells.containsKey(required)) {
                throw RuleViolation.badRequest("IMPORT_FIELD_REQUIRED", required, new Reason(
                        "column '" + required + "' is empty", "必填列 '" + required + "' 为空"));
            }
        }
        String name = cells.get("name");
        if (name.length() > 60) {
            throw RuleViolation.badRequest("NAME_FORM", "name", new Reason("a name has 1 to 60 characters", "姓名应为1至60个字符"));
        }
        List<String> subjects = Arrays.stream(cells.get("subjects").split("[;|]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return new TeacherRegistration(uuid(cells, "id"), name, enumOf(Gender.class, cells, "gender"),
                date(cells, "birthDate"), cells.get("idNumber"), subjects, enumOf(TitleGrade.class, cells, "title"),
                enumOf(PostCategory.class, cells, "category"), date(cells, "firstHireDate"), bool(cells, "backbone"));
    }

    /** The contract of an imported appointment: as given, else the fixed term of the rolling cycle that includes today. */
    private ContractTerms contractTerms(Map<String, String> cells, LocalDate since) {
        ContractType type = enumOf(ContractType.class, cells, "contractType");
        LocalDate endsOn = date(cells, "contractEndsOn");
        if (type == null && endsOn == null) {
            int years = config.contract().defaultTermYears();
            LocalDate end = ContractRules.defaultEnd(ContractType.FIXED_TERM, since, years);
            while (end.isBefore(clock.today())) {
                end = end.plusYears(years);
            }
            return new ContractTerms(ContractType.FIXED_TERM, end);
        }
        return new ContractTerms(type, endsOn);
    }

    private static UUID uuid(Map<String, String> cells, String field) {
        String v = cells.get(field);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.badRequest("FIELD_TYPE", field, new Reason(
                    "column '" + field + "' must be a UUID", "列 '" + field + "' 应为 UUID"));
        }
    }

    private static LocalDate date(Map<String, String> cells, String field) {
        String v = cells.get(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw RuleViolation.badRequest("FIELD_TYPE", field, new Reason(
                    "column '" + field + "' must be an ISO-8601 date like 2026-09-01",
                    "列 '" + field + "' 应为 ISO-8601 日期，如 2026-09-01"));
        }
    }

    private static Boolean bool(Map<String, String> cells, String field) {
        String v = cells.get(field);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default -> throw RuleViolation.badRequest("FIELD_TYPE", field, new Reason(
                    "column '" + field + "' must be true or false", "列 '" + field + "' 应为 true 或 false"));
        };
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Map<String, String> cells, String field) {
        String v = cells.get(field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.badRequest("FIELD_TYPE", field, new Reason(
                    "column '" + field + "' must be one of " + Arrays.toString(type.getEnumConstants()),
                    "列 '" + field + "' 应为以下取值之一：" + Arrays.toString(type.getEnumConstants())));
        }
    }
}
