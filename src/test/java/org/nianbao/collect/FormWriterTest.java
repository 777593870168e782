package org.nianbao.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.collect.CollectFixtures.*;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.OoxmlSchemas;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Report;

class FormWriterTest {

    @TempDir
    Path dir;

    private XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void oneFormPerDepartmentWithItsOwnMetricsOnly() throws Exception {
        List<Path> files = new FormWriter().writeAll(report(), departments(), DEADLINE, dir.resolve("forms"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("区信访局-2023年度数据收集表.xlsx", "区司法局-2023年度数据收集表.xlsx");
        try (XSSFWorkbook wb = open(files.get(0))) {
            XSSFSheet metrics = wb.getSheet("指标");
            assertThat(metrics.getRow(0).getCell(0).getStringCellValue()).startsWith("区信访局");
            assertThat(metrics.getRow(2).getCell(5).getStringCellValue()).isEqualTo("本年数值（请填写）");
            // four counts and amounts of 区信访局; the derived rate is computed, not asked for
            assertThat(metrics.getLastRowNum()).isEqualTo(FormLayout.FIRST_METRIC_ROW + 3);
            assertThat(metrics.getRow(3).getCell(1).getStringCellValue()).isEqualTo("受理信访事项");
            assertThat(metrics.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(1180);
            assertThat(metrics.getRow(5).getCell(2).getStringCellValue()).isEqualTo("万元");
            assertThat(metrics.getRow(3).getCell(3).getStringCellValue()).isEqualTo("全年受理信访事项的数量");
            assertThat(wb.getSheetName(1)).isEqualTo("素材");
            String instructions = wb.getSheet("填表说明").getRow(8).getCell(0).getStringCellValue();
            assertThat(instructions).contains("2024年1月15日前");
        }
        try (XSSFWorkbook wb = open(files.get(1))) {
            assertThat(wb.getSheet("指标").getRow(3).getCell(5).getNumericCellValue()).as("value already entered").isEqualTo(172);
            assertThat(wb.getSheet("素材").getRow(0).getCell(0).getStringCellValue()).contains("（六）化解矛盾纠纷");
        }
    }

    @Test
    void valueCellsAreValidatedByKindAndTheRestIsLockedWithoutAPassword() throws Exception {
        try (XSSFWorkbook wb = open(form(dir, PETITIONS))) {
            XSSFSheet sheet = wb.getSheet("指标");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            assertThat(sheet.getRow(3).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(3).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(3).getCell(4).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(5).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00##");
            assertThat(sheet.getRow(5).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.isColumnHidden(FormLayout.COL_ID)).isTrue();
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(4);
            XSSFDataValidation count = byRow(validations, 3);
            assertThat(count.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(count.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(count.getErrorBoxText()).contains("整数");
            assertThat(byRow(validations, 5).getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(byRow(validations, 6).getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(wb.getSheet("素材").getRow(FormLayout.FIRST_MATERIAL_ROW).getCell(0).getCellStyle().getLocked()).isFalse();
            assertThat(wb.getSheet("素材").getProtect()).isTrue();
        }
    }

    private static XSSFDataValidation byRow(List<XSSFDataValidation> validations, int row) {
        return validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == row)
                .findFirst().orElseThrow();
    }

    @Test
    void theIdentityIsInAHiddenSheetAndReadsBack() throws Exception {
        Path file = form(dir, PETITIONS);
        try (XSSFWorkbook wb = open(file)) {
            int index = wb.getSheetIndex("表格信息");
            assertThat(wb.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
        ReturnedFile read = new FormReader().read(file);
        FormIdentity id = read.identity();
        assertThat(id.reportId()).isEqualTo(7);
        assertThat(id.year()).isEqualTo(2023);
        assertThat(id.departmentId()).isEqualTo(11);
        assertThat(id.version()).isEqualTo(FormLayout.VERSION);
        assertThat(id.metrics()).containsOnlyKeys(101L, 102L, 103L, 104L);
        assertThat(read.rows()).extracting(FormRow::metricId).containsExactly(101L, 102L, 103L, 104L);
        assertThat(read.digest()).hasSize(64);
    }

    /**
     * Every part of the form POI writes is held to ISO/IEC 29500: Excel calls a file with a misplaced
     * element or an over-long validation prompt "damaged" and offers to repair it. Hostile characters
     * and a name longer than Excel's 32-character prompt title must not break it either.
     */
    @Test
    void everyPartOfAFormIsValidSpreadsheetMlAndExcelsLimitsAreKept() throws Exception {
        String longName = "全区各级行政机关负责人出庭应诉并当庭发表意见的行政诉讼案件数量（含二审和再审案件）";
        Report hostile = report().withTitle(report().title() + "<&>\"'\u0001\uFFFF")
                .withMetrics(List.of(metric(101, longName, "件", Magnitude.NONE, "区信访局", "3", null),
                        metric(102, "金额\t<b>", "元", Magnitude.WAN, "区信访局", "1.5", "186.50")));
        Path file = new FormWriter().write(hostile, PETITIONS, DEADLINE, dir.resolve("hostile.xlsx"));
        assertThat(OoxmlSchemas.errors(Files.readAllBytes(file))).isEmpty();
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheet("指标");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(longName);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("金额\t<b>");
            assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(186.5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("<&>\"'").doesNotContain("\u0001");
            XSSFDataValidation first = byRow(sheet.getDataValidations(), 3);
            assertThat(first.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32).startsWith("全区各级");
            assertThat(first.getErrorBoxText()).hasSizeLessThanOrEqualTo(255);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(FormLayout.HEADER_ROW);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(new FormReader().read(file).identity().metrics()).containsEntry(102L, "金额\t<b>");
    }
}
