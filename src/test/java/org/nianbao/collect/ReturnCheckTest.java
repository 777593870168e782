package org.nianbao.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.collect.CollectFixtures.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.model.ReturnedForm;

class ReturnCheckTest {

    @TempDir
    Path dir;

    private ReturnResult check(Path file, ReturnCheck.Options options) {
        return check(report(), file, options);
    }

    private ReturnResult check(Report report, Path file, ReturnCheck.Options options) {
        return new ReturnCheck().check(report, departments(), new FormReader().read(file), options);
    }

    private static ReturnCheck.Options options() {
        return ReturnCheck.Options.defaults(NOW);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aCleanFormGivesItsValuesMaterialAndDepartment() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "filled.xlsx", wb -> {
            value(wb, 0, 1247);
            value(wb, 1, 1203);
            value(wb, 2, 12.5);
            value(wb, 3, 36.4);
            wb.getSheet("素材").getRow(FormLayout.FIRST_MATERIAL_ROW).createCell(0)
                    .setCellValue("全年受理信访事项1247件。\n办结1203件。");
        });
        ReturnResult r = check(filled, options());
        assertThat(r.problems()).isEmpty();
        assertThat(r.storable()).isTrue();
        ReturnedForm form = r.form();
        assertThat(form.department()).isEqualTo("区信访局");
        assertThat(form.departmentId()).isEqualTo(11);
        assertThat(form.values()).extracting(ReturnedForm.Value::metricId, ReturnedForm.Value::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(101L, d("1247")),
                        org.assertj.core.groups.Tuple.tuple(102L, d("1203")),
                        org.assertj.core.groups.Tuple.tuple(103L, d("12.5")),
                        org.assertj.core.groups.Tuple.tuple(104L, d("36.4")));
        assertThat(form.material()).containsExactly("全年受理信访事项1247件。", "办结1203件。");
        assertThat(form.complete()).isTrue();
        assertThat(form.file()).isEqualTo("filled.xlsx");
    }

    @Test
    void whatExcelDoesToNumbersIsReadAsMeant() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "text.xlsx", wb -> {
            value(wb, 0, "1,247");       // thousands separator, stored as text
            value(wb, 1, "１２０３");      // full-width digits
            value(wb, 2, "12.50万元");    // its own unit typed in
            XSSFSheet s = wb.getSheet("指标");
            s.getRow(FormLayout.FIRST_METRIC_ROW + 3).getCell(FormLayout.COL_VALUE).setCellFormula("E7+36.4");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        ReturnResult r = check(filled, options());
        assertThat(r.problems()).isEmpty();
        assertThat(r.form().values()).extracting(ReturnedForm.Value::value)
                .containsExactly(d("1247"), d("1203"), d("12.50"), d("36.4"));
        assertThat(r.notices()).anyMatch(n -> n.contains("F6") && n.contains("单位"))
                .anyMatch(n -> n.contains("公式"));
    }

    @Test
    void eachValueProblemNamesDepartmentSheetCellAndWhatToDo() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "bad.xlsx", wb -> {
            value(wb, 0, "约300");
            value(wb, 1, 1203.5);
            value(wb, 2, "12件");
            value(wb, 3, 120);
        });
        ReturnResult r = check(filled, options());
        assertThat(r.storable()).isFalse();
        assertThat(r.problems()).extracting(FormProblem::cell).containsExactly("F4", "F5", "F6", "F7");
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.department()).isEqualTo("区信访局");
            assertThat(p.sheet()).isEqualTo("指标");
        });
        assertThat(r.problems().get(0).message()).contains("估计数").contains("准确数字");
        assertThat(r.problems().get(1).message()).contains("整数");
        assertThat(r.problems().get(2).message()).contains("件").contains("万元");
        assertThat(r.problems().get(3).message()).contains("100");
        assertThat(r.problems().get(0).toString()).isEqualTo("区信访局　指标!F4：“受理信访事项”“约300”是估计数，"
                + "请填写准确数字；确实只能估计的，请填写数字并在备注中说明");
    }

    @Test
    void aFormulaWithoutAResultAndWordsAreProblems() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "words.xlsx", wb -> {
            value(wb, 0, "待统计");
            wb.getSheet("指标").getRow(FormLayout.FIRST_METRIC_ROW + 1).getCell(FormLayout.COL_VALUE).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        ReturnResult r = check(filled, options());
        assertThat(r.problems()).extracting(FormProblem::message)
                .anyMatch(m -> m.contains("不是数字")).anyMatch(m -> m.contains("没有计算结果"));
    }

    @Test
    void anEmptyCellIsMissingNotAProblem() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "partly.xlsx", wb -> value(wb, 0, 1247));
        ReturnResult r = check(filled, options());
        assertThat(r.storable()).isTrue();
        assertThat(r.missing()).containsExactly("办结信访事项", "信访经费", "网上信访占比");
        assertThat(r.form().complete()).isFalse();
    }

    @Test
    void aMovedRowIsMatchedByItsMetricIdAndADeletedRowIsAProblem() throws Exception {
        Path moved = edit(form(dir, PETITIONS), "moved.xlsx", wb -> {
            XSSFSheet s = wb.getSheet("指标");
            value(wb, 0, 1247);
            value(wb, 1, 1203);
            s.shiftRows(FormLayout.FIRST_METRIC_ROW, FormLayout.FIRST_METRIC_ROW, 10); // row 4 moved down to row 14
        });
        ReturnResult r = check(moved, options());
        assertThat(r.problems()).isEmpty();
        assertThat(r.form().values()).extracting(ReturnedForm.Value::metricId, ReturnedForm.Value::value)
                .contains(org.assertj.core.groups.Tuple.tuple(101L, d("1247")));
        assertThat(r.notices()).anyMatch(n -> n.contains("受理信访事项") && n.contains("指标编号"));

        Path deleted = edit(form(dir, PETITIONS), "deleted.xlsx", wb -> {
            XSSFSheet s = wb.getSheet("指标");
            s.removeRow(s.getRow(FormLayout.FIRST_METRIC_ROW + 1));
        });
        ReturnResult d = check(deleted, options());
        assertThat(d.storable()).isFalse();
        assertThat(d.problems()).extracting(FormProblem::message).anyMatch(m -> m.contains("办结信访事项") && m.contains("被删除"));
    }

    @Test
    void anAddedRowIsAProblemButARenamedLabelIsNot() throws Exception {
        Path changed = edit(form(dir, PETITIONS), "added.xlsx", wb -> {
            XSSFSheet s = wb.getSheet("指标");
            s.getRow(FormLayout.FIRST_METRIC_ROW).getCell(FormLayout.COL_NAME).setCellValue("受理信访事项（件）");
            var row = s.createRow(FormLayout.FIRST_METRIC_ROW + 6);
            row.createCell(FormLayout.COL_NAME).setCellValue("来访人次");
            row.createCell(FormLayout.COL_VALUE).setCellValue(3000);
        });
        ReturnResult r = check(changed, options());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("B10");
            assertThat(p.message()).contains("来访人次").contains("不是发给本部门的指标");
        });
    }

    @Test
    void aValueDifferingFromTheEnteredOneAsksWhichToKeep() throws Exception {
        Path filled = edit(form(dir, JUSTICE), "justice.xlsx", wb -> value(wb, 0, 175));
        ReturnResult asked = check(filled, options());
        assertThat(asked.storable()).isFalse();
        assertThat(asked.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.entered()).isEqualByComparingTo("172");
            assertThat(c.returned()).isEqualByComparingTo("175");
            assertThat(c.cell()).isEqualTo("F4");
        });
        assertThat(check(filled, options().keeping(ReturnCheck.Keep.RETURNED)).form().values())
                .extracting(ReturnedForm.Value::value).containsExactly(d("175"));
        ReturnResult entered = check(filled, options().keeping(ReturnCheck.Keep.ENTERED));
        assertThat(entered.form().values()).isEmpty();
        assertThat(entered.form().complete()).isTrue();
    }

    @Test
    void theOfficersCorrectionReplacesABadCellAndIsRecordedAsTheOfficers() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "fixed.xlsx", wb -> {
            value(wb, 0, "约1250");
            value(wb, 1, 1203);
        });
        ReturnCheck.Options fix = new ReturnCheck.Options(ReturnCheck.Keep.ASK, false, Map.of(101L, d("1247")), "王起草", NOW);
        ReturnResult r = check(filled, fix);
        assertThat(r.problems()).isEmpty();
        assertThat(r.form().values()).extracting(ReturnedForm.Value::metricId, ReturnedForm.Value::acceptedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(101L, "王起草"),
                        org.assertj.core.groups.Tuple.tuple(102L, "区信访局"));
    }

    @Test
    void aFormOfAnotherReportOrYearIsRefused() throws Exception {
        Path file = form(dir, PETITIONS);
        assertThatThrownBy(() -> check(report().withId(8L), file, options()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("另一份报告");
        assertThatThrownBy(() -> check(report().withYear(2024), file, options()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("2023年度");
    }

    @Test
    void aFormWithoutItsHiddenSheetIsMatchedByNamesOnlyWhenConfirmed() throws Exception {
        Path stripped = edit(form(dir, PETITIONS), "stripped.xlsx", wb -> {
            wb.removeSheetAt(wb.getSheetIndex("表格信息"));
            value(wb, 0, 1247);
        });
        assertThatThrownBy(() -> check(stripped, options()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("表格信息页已被删除")
                .hasMessageContaining("区信访局").hasMessageContaining("--match-by-name");
        ReturnResult r = check(stripped, options().matchingByName());
        assertThat(r.problems()).isEmpty();
        assertThat(r.form().values()).extracting(ReturnedForm.Value::metricId).containsExactly(101L);
    }

    @Test
    void theSameValuesAgainAddNothing() throws Exception {
        Report withValues = report().withMetrics(report().metrics().stream()
                .map(m -> m.id() == 101L ? m.withValue(d("1247")) : m).toList());
        Path filled = edit(form(dir, PETITIONS), "again.xlsx", wb -> value(wb, 0, "1247"));
        ReturnResult r = check(withValues, filled, options());
        assertThat(r.form().values()).isEmpty();
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void departmentsWhoseClosedCountExceedsTheReceivedAreNamed() {
        Report r = report().withMetrics(report().metrics().stream()
                .map(m -> m.id() == 101L ? m.withValue(d("1000")) : m.id() == 102L ? m.withValue(d("1203")) : m).toList());
        assertThat(DepartmentFigures.implausible(r)).singleElement().asString()
                .startsWith("区信访局：").contains("办结信访事项").contains("受理信访事项");
        assertThat(DepartmentFigures.implausible(report())).isEmpty();
    }
}
