package org.nianbao.collect;

import static org.nianbao.collect.FormLayout.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

/**
 * Makes a department's form (数据收集表): a sheet of its metrics to fill, a sheet for its written
 * material, plain instructions with the deadline, and a hidden sheet with the form's identity.
 * Everything but the value and note cells is locked (protection without a password, so a determined
 * user can still fix a label); the value cells carry Excel's own validation for the kind of number.
 * The package is streamed ({@link FormPackage}), not built with POI's XSSF.
 */
public final class FormWriter {

    private static final int MAX_VALUE_DIGITS = 12;

    /** The metrics a department's form asks for: its counts and amounts, not the derived rates. */
    public static List<Metric> metricsOf(Report report, Department department) {
        return report.metrics().stream()
                .filter(m -> !m.isDerived() && m.department().equals(department.name()))
                .toList();
    }

    /** Writes one form per department into {@code folder}; returns the files in the departments' order. */
    public List<Path> writeAll(Report report, List<Department> departments, LocalDate deadline, Path folder) {
        createFolder(folder);
        // the metrics sorted out once, not the whole list filtered again for each department
        Map<String, List<Metric>> owed = report.metrics().stream().filter(m -> !m.isDerived())
                .collect(Collectors.groupingBy(Metric::department));
        // Each form is its own file: written side by side on the cores there are (two on the
        // officers' PCs). The order of the list is kept.
        return departments.parallelStream()
                .map(d -> write(report, d, owed.getOrDefault(d.name(), List.of()), deadline,
                        folder.resolve(fileName(report, d))))
                .toList();
    }

    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    /** The form's file name: the department and the year, with characters no file system takes replaced. */
    public static String fileName(Report report, Department d) {
        return NOT_IN_FILE_NAMES.matcher(d.name() + "-" + report.year() + "年度数据收集表.xlsx").replaceAll("_");
    }

    /** Writes the form to {@code target} (through a temporary file in the same folder, then moved). */
    public Path write(Report report, Department department, LocalDate deadline, Path target) {
        return write(report, department, metricsOf(report, department), deadline, target);
    }

    private Path write(Report report, Department department, List<Metric> metrics, LocalDate deadline, Path target) {
        if (report.id() == null || department.id() == null) {
            throw new IllegalArgumentException("the report and the department must be stored first");
        }
        try {
            SharedStrings strings = new SharedStrings();
            FormPackage form = new FormPackage(strings)
                    .sheet(METRICS_SHEET, metricsSheet(strings, report, department, metrics), false)
                    .sheet(MATERIAL_SHEET, materialSheet(strings, department), false)
                    .sheet(INSTRUCTIONS_SHEET, instructionsSheet(strings, report, department, deadline, metrics.size()), false)
                    .sheet(IDENTITY_SHEET, identitySheet(strings, report, department, metrics), true)
                    .printTitles(HEADER_ROW);
            Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".form", ".part");
            try {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    form.write(os);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new BadInputException("无法写入数据收集表：" + target + "（" + e.getMessage() + "）",
                    "cannot write the form " + target, e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException("无法创建文件夹：" + folder, "cannot create the folder " + folder, e);
        }
    }

    private static SheetXml metricsSheet(SharedStrings strings, Report report, Department d, List<Metric> metrics) {
        SheetXml sheet = new SheetXml(strings).selected(FIRST_METRIC_ROW).printed()
                .column(COL_NUMBER, 6, false).column(COL_NAME, 26, false).column(COL_UNIT, 8, false)
                .column(COL_DEFINITION, 40, false).column(COL_PRIOR, 12, false).column(COL_VALUE, 18, false)
                .column(COL_NOTE, 24, false).column(COL_ID, 8, true);
        sheet.row(TITLE_ROW, 0).text(0, d.name() + "：" + report.year() + "年度数据收集表", FormStyles.TITLE);
        sheet.row(TITLE_ROW + 1, 0).text(0, "用于《" + report.title() + "》。请只在浅黄色格子中填写；详见“"
                + INSTRUCTIONS_SHEET + "”。", FormStyles.PLAIN);
        sheet.row(HEADER_ROW, 24);
        for (int c = 0; c < HEADERS.length; c++) {
            sheet.text(c, HEADERS[c], FormStyles.HEADER);
        }
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            ValueKind kind = ValueKind.of(m);
            sheet.row(FIRST_METRIC_ROW + i, heightFor(m.note(), 40))
                    .number(COL_NUMBER, i + 1, FormStyles.LOCKED)
                    .text(COL_NAME, m.name(), FormStyles.LOCKED)
                    .text(COL_UNIT, m.magnitude().word() + m.unit(), FormStyles.LOCKED)
                    .text(COL_DEFINITION, m.note(), FormStyles.WRAPPED)
                    .number(COL_PRIOR, m.priorValue(), FormStyles.LOCKED)
                    .number(COL_VALUE, m.value(), kind == ValueKind.AMOUNT ? FormStyles.INPUT_AMOUNT : FormStyles.INPUT)
                    .blank(COL_NOTE, FormStyles.INPUT_TEXT)
                    .number(COL_ID, m.id(), FormStyles.DEFAULT);
        }
        for (int i = 0; i < metrics.size(); i++) {
            validation(sheet, FIRST_METRIC_ROW + i, metrics.get(i));
        }
        sheet.merge(TITLE_ROW, 0, COL_NOTE).merge(TITLE_ROW + 1, 0, COL_NOTE);
        return sheet;
    }

    /** The value cell takes only the metric's kind of number; the prompt and the message name the metric. */
    private static void validation(SheetXml sheet, int row, Metric m) {
        ValueKind kind = ValueKind.of(m);
        String max = kind == ValueKind.PERCENT ? "100" : "9".repeat(MAX_VALUE_DIGITS);
        String unit = m.magnitude().word() + m.unit();
        sheet.validation(row, COL_VALUE, kind == ValueKind.COUNT, "0", max, "请填写" + kind.words(),
                "“" + m.name() + "”请填写" + kind.words() + (unit.isEmpty() ? "" : "，单位为" + unit + "，只填数字，不填单位") + "。",
                m.name(), "请填写" + kind.words() + (unit.isEmpty() ? "" : "（单位：" + unit + "）") + "。");
    }

    private static SheetXml materialSheet(SharedStrings strings, Department d) {
        String topic = d.owes().isBlank() ? "本部门本年度法治政府建设工作的主要做法和成效" : d.owes();
        SheetXml sheet = new SheetXml(strings).printed().column(0, 100, false);
        sheet.row(0, 0).text(0, d.name() + "：书面材料（" + topic + "）", FormStyles.TITLE);
        sheet.row(1, 0).text(0, "每格写一段（不超过500字），从上往下按顺序填写；数字请与“指标”表一致。", FormStyles.PLAIN);
        for (int i = 0; i < MATERIAL_ROWS; i++) {
            sheet.row(FIRST_MATERIAL_ROW + i, 60).blank(0, FormStyles.INPUT_TEXT);
        }
        return sheet;
    }

    private static SheetXml instructionsSheet(SharedStrings strings, Report report, Department d, LocalDate deadline,
                                              int metricCount) {
        String issuer = report.issuers().isEmpty() ? "报告起草单位" : report.issuers().get(report.issuers().size() - 1);
        String[] lines = {
                "填表说明",
                d.name() + "（联系人：" + (d.contact().isBlank() ? "—" : d.contact()) + "）：",
                "本表由" + issuer + "用于编写《" + report.title() + "》，请填写本部门" + report.year() + "年度的"
                        + metricCount + "项数据和书面材料。",
                "一、在“" + METRICS_SHEET + "”表的“本年数值”一栏填写数字：只填数字，不填单位，不写“约”“余”；"
                        + "件数、人数等计数填整数，金额可带小数。上年数值仅供对照。",
                "二、暂时没有的数据请留空，并在“备注”栏说明原因和预计提供时间。",
                "三、在“" + MATERIAL_SHEET + "”表中写本部门的书面材料，每格一段；文中数字请与“" + METRICS_SHEET + "”表一致。",
                "四、请不要增删行、改动表格结构或删除工作表；除浅黄色格子外，其余格子已锁定。",
                "五、保存为 .xlsx 格式（WPS 请选择“Excel 文件(*.xlsx)”，不要另存为 .xls 或 .et），不要设置打开密码。",
                "六、请于" + deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth()
                        + "日前将本表发回。",
        };
        SheetXml sheet = new SheetXml(strings).printed().column(0, 100, false);
        for (int i = 0; i < lines.length; i++) {
            sheet.row(i, i == 0 ? 24 : heightFor(lines[i], 100)).text(0, lines[i], i == 0 ? FormStyles.TITLE : FormStyles.PARAGRAPH);
        }
        return sheet;
    }

    private static SheetXml identitySheet(SharedStrings strings, Report report, Department d, List<Metric> metrics) {
        SheetXml sheet = new SheetXml(strings);
        int r = 0;
        pair(sheet, r++, MARK, String.valueOf(VERSION));
        pair(sheet, r++, FormIdentity.REPORT_ID, String.valueOf(report.id()));
        pair(sheet, r++, FormIdentity.YEAR, String.valueOf(report.year()));
        pair(sheet, r++, FormIdentity.TITLE, report.title());
        pair(sheet, r++, FormIdentity.DEPARTMENT_ID, String.valueOf(d.id()));
        pair(sheet, r++, FormIdentity.DEPARTMENT, d.name());
        for (Metric m : metrics) {
            pair(sheet, r++, FormIdentity.METRIC, m.id() + "\t" + m.name());
        }
        return sheet;
    }

    /**
     * A row tall enough for wrapped Chinese text in a column of that many character widths: LibreOffice
     * and some Excel versions keep the stored height instead of fitting the text, so the lines overlapped.
     */
    private static float heightFor(String text, int columnWidth) {
        int perLine = Math.max(1, columnWidth / 2 - 1); // a Chinese character is two widths
        int lines = Math.max(1, (text.length() + perLine - 1) / perLine);
        return Math.max(20, lines * 16 + 4);
    }

    private static void pair(SheetXml sheet, int r, String key, String value) {
        sheet.row(r, 0).text(0, key, FormStyles.DEFAULT).text(1, value, FormStyles.DEFAULT);
    }
}
