package org.nianbao.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.model.CollectionState;
import org.nianbao.model.Department;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

/** A small report "as stored" (ids set) with two departments, for the form tests (made-up figures). */
final class CollectFixtures {

    static final LocalDate DEADLINE = LocalDate.of(2024, 1, 15);
    static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 16, 10, 0);
    static final Department PETITIONS = new Department(11L, "区信访局", "赵磊", "0000-1", "", CollectionState.SENT, null, null);
    static final Department JUSTICE = new Department(12L, "区司法局", "王静", "0000-2", "（六）化解矛盾纠纷",
            CollectionState.SENT, null, null);

    private CollectFixtures() {
    }

    static Metric metric(long id, String name, String unit, Magnitude magnitude, String dept, String prior, String value) {
        return new Metric(id, name, value == null ? null : new BigDecimal(value), unit, magnitude, false, dept,
                prior == null ? null : new BigDecimal(prior), "全年" + name + "的数量", null, null);
    }

    static Report report() {
        return Report.blank(2023, "示例区2023年法治政府建设年度报告").withId(7L)
                .withIssuers(List.of("示例区人民政府"))
                .withMetrics(List.of(
                        metric(101, "受理信访事项", "件", Magnitude.NONE, "区信访局", "1180", null),
                        metric(102, "办结信访事项", "件", Magnitude.NONE, "区信访局", "1150", null),
                        metric(103, "信访经费", "元", Magnitude.WAN, "区信访局", null, null),
                        metric(104, "网上信访占比", "%", Magnitude.NONE, "区信访局", null, null),
                        metric(201, "新受理行政复议案件", "件", Magnitude.NONE, "区司法局", null, "172"),
                        Metric.derived("信访事项办结率", "办结信访事项 / 受理信访事项 * 100", 2, "%").withId(301L)));
    }

    static List<Department> departments() {
        return List.of(PETITIONS, JUSTICE);
    }

    static Path form(Path dir, Department d) {
        return new FormWriter().write(report(), d, DEADLINE, dir.resolve(FormWriter.fileName(report(), d)));
    }

    /** Opens a form, lets the test change it as a department would, and saves it under a new name. */
    static Path edit(Path form, String newName, Consumer<XSSFWorkbook> change) throws IOException {
        Path out = form.resolveSibling(newName);
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** Sets the value cell of the n-th metric row (0-based) to a number, or to text when given a String. */
    static void value(XSSFWorkbook wb, int n, Object value) {
        var cell = wb.getSheet(FormLayout.METRICS_SHEET).getRow(FormLayout.FIRST_METRIC_ROW + n)
                .getCell(FormLayout.COL_VALUE);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
