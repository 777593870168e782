package org.nianbao.collect;

import org.nianbao.text.XmlText;
import static org.nianbao.collect.FormLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

/**
 * Makes a department's form (数据收集表): a sheet of its metrics to fill, a sheet for its written
 * material, plain instructions with the deadline, and a hidden sheet with the form's identity.
 * Everything but the value and note cells is locked (protection without a password, so a determined
 * user can still fix a label); the value cells carry Excel's own validation for the kind of number.
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
        // Each form is its own workbook: written side by side on the cores there are (two on the
        // officers' PCs), which halves the wait for thirty forms. The order of the list is kept.
        return departments.parallelStream()
                .map(d -> write(report, d, deadline, folder.resolve(fileName(report, d))))
                .toList();
    }

    /** The form's file name: the department and the year, with characters no file system takes replaced. */
    public static String fileName(Report report, Department d) {
        return (d.name() + "-" + report.year() + "年度数据收集表.xlsx").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    /** Writes the form to {@code target} (through a temporary file in the same folder, then moved). */
    public Path write(Report report, Department department, LocalDate deadline, Path target) {
        if (report.id() == null || department.id() == null) {
            throw new IllegalArgumentException("the report and the department must be stored first");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            List<Metric> metrics = metricsOf(report, department);
            metricsSheet(wb, styles, report, department, metrics);
            materialSheet(wb, styles, department);
            instructionsSheet(wb, styles, report, department, deadline, metrics.size());
            identitySheet(wb, report, department, metrics);
            wb.setActiveSheet(0);
            Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".form", ".part");
            try {
                try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    wb.write(os);
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

    private static void metricsSheet(XSSFWorkbook wb, Styles s, Report report, Department d, List<Metric> metrics) {
        XSSFSheet sheet = wb.createSheet(METRICS_SHEET);
        text(sheet.createRow(TITLE_ROW), 0, d.name() + "：" + report.year() + "年度数据收集表", s.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COL_NOTE));
        text(sheet.createRow(TITLE_ROW + 1), 0, "用于《" + report.title() + "》。请只在浅黄色格子中填写；详见“"
                + INSTRUCTIONS_SHEET + "”。", s.plain);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW + 1, TITLE_ROW + 1, 0, COL_NOTE));
        XSSFRow header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(24);
        for (int c = 0; c < HEADERS.length; c++) {
            text(header, c, HEADERS[c], s.header);
        }
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            int r = FIRST_METRIC_ROW + i;
            XSSFRow row = sheet.createRow(r);
            row.createCell(COL_NUMBER).setCellValue(i + 1);
            row.getCell(COL_NUMBER).setCellStyle(s.locked);
            text(row, COL_NAME, m.name(), s.locked);
            text(row, COL_UNIT, m.magnitude().word() + m.unit(), s.locked);
            text(row, COL_DEFINITION, m.note(), s.wrapped);
            XSSFCell prior = row.createCell(COL_PRIOR);
            prior.setCellStyle(s.locked);
            if (m.priorValue() != null) {
                prior.setCellValue(m.priorValue().doubleValue());
            }
            XSSFCell value = row.createCell(COL_VALUE);
            // amounts show their cents (186.50, not 186.5) as the report writes them
            value.setCellStyle(ValueKind.of(m) == ValueKind.AMOUNT ? s.inputAmount : s.input);
            if (m.value() != null) {
                value.setCellValue(m.value().doubleValue());
            }
            row.createCell(COL_NOTE).setCellStyle(s.inputText);
            row.createCell(COL_ID).setCellValue(m.id());
            row.setHeightInPoints(heightFor(m.note(), 40));
            sheet.addValidationData(validation(dv, r, ValueKind.of(m), m));
        }
        sheet.setColumnWidth(COL_NUMBER, 6 * 256);
        sheet.setColumnWidth(COL_NAME, 26 * 256);
        sheet.setColumnWidth(COL_UNIT, 8 * 256);
        sheet.setColumnWidth(COL_DEFINITION, 40 * 256);
        sheet.setColumnWidth(COL_PRIOR, 12 * 256);
        sheet.setColumnWidth(COL_VALUE, 18 * 256);
        sheet.setColumnWidth(COL_NOTE, 24 * 256);
        sheet.setColumnHidden(COL_ID, true);
        sheet.createFreezePane(0, FIRST_METRIC_ROW);
        landscape(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        protect(sheet);
    }

    private static DataValidation validation(DataValidationHelper dv, int row, ValueKind kind, Metric m) {
        String max = kind == ValueKind.PERCENT ? "100" : "9".repeat(MAX_VALUE_DIGITS);
        DataValidationConstraint constraint = kind == ValueKind.COUNT
                ? dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", max)
                : dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", max);
        DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(row, row, COL_VALUE, COL_VALUE));
        String unit = m.magnitude().word() + m.unit();
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(excelLimit("请填写" + kind.words(), PROMPT_TITLE_LIMIT), excelLimit("“" + m.name() + "”请填写"
                + kind.words() + (unit.isEmpty() ? "" : "，单位为" + unit + "，只填数字，不填单位") + "。", PROMPT_TEXT_LIMIT));
        v.setShowPromptBox(true);
        v.createPromptBox(excelLimit(m.name(), PROMPT_TITLE_LIMIT), excelLimit("请填写" + kind.words()
                + (unit.isEmpty() ? "" : "（单位：" + unit + "）") + "。", PROMPT_TEXT_LIMIT));
        v.setEmptyCellAllowed(true);
        return v;
    }

    private static void materialSheet(XSSFWorkbook wb, Styles s, Department d) {
        XSSFSheet sheet = wb.createSheet(MATERIAL_SHEET);
        String topic = d.owes().isBlank() ? "本部门本年度法治政府建设工作的主要做法和成效" : d.owes();
        text(sheet.createRow(0), 0, d.name() + "：书面材料（" + topic + "）", s.title);
        text(sheet.createRow(1), 0, "每格写一段（不超过500字），从上往下按顺序填写；数字请与“指标”表一致。", s.plain);
        for (int i = 0; i < MATERIAL_ROWS; i++) {
            XSSFRow row = sheet.createRow(FIRST_MATERIAL_ROW + i);
            row.setHeightInPoints(60);
            row.createCell(0).setCellStyle(s.inputText);
        }
        sheet.setColumnWidth(0, 100 * 256);
        landscape(sheet);
        protect(sheet);
    }

    private static void instructionsSheet(XSSFWorkbook wb, Styles s, Report report, Department d, LocalDate deadline,
                                          int metricCount) {
        XSSFSheet sheet = wb.createSheet(INSTRUCTIONS_SHEET);
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
        for (int i = 0; i < lines.length; i++) {
            XSSFRow row = sheet.createRow(i);
            text(row, 0, lines[i], i == 0 ? s.title : s.paragraph);
            row.setHeightInPoints(i == 0 ? 24 : heightFor(lines[i], 100));
        }
        sheet.setColumnWidth(0, 100 * 256);
        landscape(sheet);
        protect(sheet);
    }

    private static void identitySheet(XSSFWorkbook wb, Report report, Department d, List<Metric> metrics) {
        XSSFSheet sheet = wb.createSheet(IDENTITY_SHEET);
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
        protect(sheet);
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
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

    /**
     * Excel refuses a data validation whose prompt or error title is over 32 characters or whose text is
     * over 255 and calls the whole file damaged; a long metric name is cut (with …) to fit.
     */
    private static final int PROMPT_TITLE_LIMIT = 32;
    private static final int PROMPT_TEXT_LIMIT = 255;

    static String excelLimit(String text, int limit) {
        String clean = XmlText.writable(text);
        if (clean.length() <= limit) {
            return clean;
        }
        int cut = Character.isHighSurrogate(clean.charAt(limit - 2)) ? limit - 2 : limit - 1;
        return clean.substring(0, cut) + "…";
    }

    private static void pair(XSSFSheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(XmlText.writable(key));
        row.createCell(1).setCellValue(XmlText.writable(value));
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(XmlText.writable(value));
        cell.setCellStyle(style);
    }

    private static void landscape(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Protection with no password: the sheet guides, it does not lock anyone out. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** The few cell styles of a form. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle wrapped;
        final CellStyle paragraph;
        final CellStyle input;
        final CellStyle inputAmount;
        final CellStyle inputText;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            bold.setFontName("宋体");
            Font normal = wb.createFont();
            normal.setFontName("宋体");
            normal.setFontHeightInPoints((short) 11);
            title = style(wb, normal, false);
            title.setFont(bold);
            plain = style(wb, normal, false);
            header = bordered(wb, normal, false);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            locked = bordered(wb, normal, false);
            wrapped = bordered(wb, normal, false);
            wrapped.setWrapText(true);
            paragraph = style(wb, normal, false);
            paragraph.setWrapText(true);
            input = bordered(wb, normal, true);
            input.setDataFormat(wb.createDataFormat().getFormat("General"));
            inputAmount = bordered(wb, normal, true);
            inputAmount.setDataFormat(wb.createDataFormat().getFormat("0.00##"));
            inputText = bordered(wb, normal, true);
            inputText.setWrapText(true);
            inputText.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, boolean unlocked) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setLocked(!unlocked);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font, boolean unlocked) {
            CellStyle s = style(wb, font, unlocked);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            if (unlocked) {
                s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }
    }
}
