package org.nianbao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.model.Department;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.compose.CollectionRound;
import org.nianbao.store.ReportStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's targets: thirty departments, 600 metrics (20 each: counts, amounts in 万元, percentages);
 * making all thirty forms under 3 s, importing all thirty returned forms (read, validated, stored,
 * then the checker run) under 5 s. Each import run starts from a fresh copy of the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class CollectBenchmark {

    static final int DEPARTMENTS = 30;
    static final int PER_DEPARTMENT = 20;

    private Path dir;
    private Path pristine;
    private long reportId;
    private final List<Path> returned = new ArrayList<>();
    private ReportStore store;
    private int run;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("nianbao-collect-bench");
        pristine = dir.resolve("pristine.db");
        try (ReportStore s = ReportStore.open(pristine)) {
            Report report = s.insert(report());
            reportId = report.id();
            List<Department> departments = new ArrayList<>();
            for (int d = 0; d < DEPARTMENTS; d++) {
                departments.add(Department.of(department(d), "联系人" + d, "0000-" + d, ""));
            }
            s.collection().addDepartments(reportId, departments);
            List<Path> forms = new CollectionRound(s).makeForms(reportId, dir.resolve("forms"), LocalDate.of(2024, 1, 15),
                    LocalDateTime.of(2024, 1, 2, 9, 0));
            for (Path form : forms) {
                returned.add(fill(form, dir.resolve("returned").resolve(form.getFileName())));
            }
        }
    }

    static String department(int d) {
        return "示例区第" + (d + 1) + "部门";
    }

    /** 600 metrics, none with a value yet; last year's values given. */
    static Report report() {
        List<Metric> metrics = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            for (int i = 0; i < PER_DEPARTMENT; i++) {
                String name = department(d) + "指标" + (i + 1);
                String unit = i % 5 == 3 ? "元" : i % 5 == 4 ? "%" : "件";
                Magnitude magnitude = i % 5 == 3 ? Magnitude.WAN : Magnitude.NONE;
                metrics.add(new Metric(null, name, null, unit, magnitude, false, department(d),
                        new BigDecimal(100 + i), "全年" + name + "的数量", null, null));
            }
        }
        return Report.blank(2023, "示例区2023年法治政府建设年度报告").withMetrics(metrics);
    }

    /** The department's answers: whole numbers, amounts with decimals, a percentage; one as text "1,234". */
    private static Path fill(Path form, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("指标");
            for (int i = 0; i < PER_DEPARTMENT; i++) {
                var cell = sheet.getRow(3 + i).getCell(5);
                if (i == 0) {
                    cell.setCellValue("1,234");
                } else {
                    cell.setCellValue(i % 5 == 3 ? 12.5 + i : i % 5 == 4 ? 95.5 : 200 + i);
                }
            }
            wb.getSheet("素材").getRow(2).createCell(0).setCellValue("本部门全年工作取得新进展。");
            try (OutputStream os = Files.newOutputStream(target)) {
                wb.write(os);
            }
        }
        return target;
    }

    @Setup(Level.Invocation)
    public void freshDatabase() throws IOException {
        Path db = dir.resolve("run" + (run++) + ".db");
        Files.copy(pristine, db, StandardCopyOption.REPLACE_EXISTING);
        store = ReportStore.open(db);
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() {
        store.close();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** All thirty forms written (and the departments marked sent). */
    @Benchmark
    public List<Path> makeAllForms() {
        return new CollectionRound(store).makeForms(reportId, dir.resolve("out" + run), LocalDate.of(2024, 1, 15),
                LocalDateTime.of(2024, 1, 2, 9, 0));
    }

    /** All thirty returned forms imported one by one, each validated whole, stored, then checked. */
    @Benchmark
    public int importAllThirty() {
        CollectionRound round = new CollectionRound(store);
        ReturnCheck.Options options = ReturnCheck.Options.defaults(LocalDateTime.of(2024, 1, 16, 10, 0));
        int stored = 0;
        for (Path file : returned) {
            if (round.importForm(reportId, file, options).stored()) {
                stored++;
            }
        }
        if (stored != DEPARTMENTS) {
            throw new IllegalStateException("only " + stored + " forms imported");
        }
        return stored;
    }
}
