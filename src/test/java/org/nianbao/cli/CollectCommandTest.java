package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.CollectionState;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.model.ValueRecord;
import org.nianbao.store.ReportStore;
import org.nianbao.store.SampleData;

/** The collection round on the shipped sample, from the command line. */
class CollectCommandTest {

    @TempDir
    Path dir;
    Path db;
    long id;

    @BeforeEach
    void sample() {
        db = dir.resolve("nianbao.db");
        Report read = new ReportImporter().read(SampleData.writeTo(dir.resolve("sample"))).withMetrics(SampleData.metrics());
        try (ReportStore store = ReportStore.open(db)) {
            Report stored = store.insert(read);
            store.collection().addDepartments(stored.id(), SampleData.departmentsOf(stored));
            id = stored.id();
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private Path forms() {
        CliRun run = run("collect", "forms", "--report", String.valueOf(id), "--out", dir.resolve("out").toString(),
                "--deadline", "2024-01-15");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve("out");
    }

    /** The petitions bureau's form with its value cells set: metric row (0-based) → value. */
    private Path petitions(String name, Map<Integer, Object> values) throws Exception {
        Path form = forms().resolve("区信访局-2023年度数据收集表.xlsx");
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            values.forEach((row, v) -> {
                var cell = wb.getSheet("指标").getRow(3 + row).getCell(5);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            });
            wb.getSheet("素材").getRow(2).createCell(0).setCellValue("2023年，区信访局受理信访事项1247件，办结1203件。");
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    private record Snapshot(List<Metric> metrics, Map<Long, List<ValueRecord>> history, int material) {
    }

    private Snapshot snapshot() {
        try (ReportStore store = ReportStore.open(db)) {
            return new Snapshot(store.load(id).metrics(), store.collection().history(id),
                    store.collection().material(id).size());
        }
    }

    private Department department(String name) {
        try (ReportStore store = ReportStore.open(db)) {
            return store.collection().departments(id).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        }
    }

    @Test
    void formsAreWrittenForEveryDepartmentAndMarkedSent() {
        Path out = forms();
        assertThat(out.resolve("区信访局-2023年度数据收集表.xlsx")).exists();
        assertThat(out.toFile().list()).hasSize(SampleData.departments().size());
        assertThat(department("区信访局").state()).isEqualTo(CollectionState.SENT);
        assertThat(department("区信访局").sentAt()).isNotNull();
    }

    @Test
    void aReturnedFormIsStoredWithHistoryAndAnImplausibleFigureNamesItsDepartment() throws Exception {
        Path returned = petitions("区信访局回表.xlsx", Map.of(1, 1303));
        CliRun run = run("collect", "import", "--report", String.valueOf(id), "--keep", "returned", "--officer", "王起草",
                returned.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_ERRORS);
        assertThat(run.out()).contains("已导入“区信访局回表.xlsx”（区信访局）：1 个数值，1 段素材")
                .contains("核对：区信访局：“办结信访事项”1303件多于“受理信访事项”1247件");
        Snapshot after = snapshot();
        Metric closed = after.metrics().stream().filter(m -> m.name().equals("办结信访事项")).findFirst().orElseThrow();
        assertThat(closed.value()).isEqualByComparingTo("1303");
        assertThat(after.history().get(closed.id())).singleElement().satisfies(h -> {
            assertThat(h.department()).isEqualTo("区信访局");
            assertThat(h.file()).isEqualTo("区信访局回表.xlsx");
        });
        assertThat(department("区信访局").state()).isEqualTo(CollectionState.COMPLETE);

        CliRun again = run("collect", "import", "--report", String.valueOf(id), "--keep", "returned", returned.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("已经导入过");
        assertThat(snapshot()).isEqualTo(after);
    }

    @Test
    void theCheckerNamesTheDepartmentWhoseFiguresBreakTheStatedRate() throws Exception {
        Path returned = petitions("区信访局.xlsx", Map.of());
        CliRun run = run("collect", "import", "--report", String.valueOf(id), returned.toString());
        // the sample states 办结率97.47% where 1203 ÷ 1247 gives 96.47%
        assertThat(run.out()).as(run.err()).contains("核对：区信访局：").contains("97.47");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_ERRORS);
    }

    @Test
    void aFormWithProblemsStoresNothingAndSaysWhereAndWhat() throws Exception {
        Snapshot before = snapshot();
        Path returned = petitions("有问题.xlsx", Map.of(0, "约1250", 1, "1203件次"));
        CliRun run = run("collect", "import", "--report", String.valueOf(id), "--keep", "returned", returned.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("区信访局　指标!F4：").contains("区信访局　指标!F5：").contains("数据库未改动");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(department("区信访局").state()).isEqualTo(CollectionState.PROBLEMS);
    }

    @Test
    void aDifferentValueAsksWhichToKeepAndEnteredKeepsIt() throws Exception {
        Snapshot before = snapshot();
        Path returned = petitions("改了.xlsx", Map.of(0, 1250));
        CliRun asked = run("collect", "import", "--report", String.valueOf(id), returned.toString());
        assertThat(asked.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(asked.err()).contains("“受理信访事项”已录入1247，表中为1250").contains("--keep");
        assertThat(snapshot()).isEqualTo(before);
        CliRun kept = run("collect", "import", "--report", String.valueOf(id), "--keep", "entered", returned.toString());
        assertThat(kept.out()).as(kept.err()).contains("0 个数值");
        assertThat(snapshot().metrics()).isEqualTo(before.metrics());
    }

    @Test
    void filesThatAreNotFormsOfThisReportLeaveTheDatabaseAsItWas() throws Exception {
        Path returned = petitions("区信访局.xlsx", Map.of());
        Snapshot before = snapshot();
        Path text = Files.writeString(dir.resolve("说明.xlsx"), "数据另行报送");
        CliRun notXlsx = run("collect", "import", "--report", String.valueOf(id), text.toString());
        assertThat(notXlsx.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notXlsx.err()).contains("不是 Excel 工作簿");
        long other;
        try (ReportStore store = ReportStore.open(db)) {
            other = store.copyToYear(id, 2024).id();
        }
        CliRun wrongReport = run("collect", "import", "--report", String.valueOf(other), returned.toString());
        assertThat(wrongReport.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrongReport.err()).contains("另一份报告").contains("2023年度");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void statusAndMaterialFromTheCommandLine() throws Exception {
        forms();
        CliRun status = run("collect", "status", "--report", String.valueOf(id));
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("区信访局\t已发送").contains("已收到 " + SampleData.metrics().size() + " / ");
        Path txt = Files.writeString(dir.resolve("材料.txt"), "全年受理信访事项1247件，办结1203件，办结率97.47%。\n");
        CliRun material = run("collect", "material", "--report", String.valueOf(id), "--department", "区信访局", txt.toString());
        assertThat(material.out()).as(material.err()).contains("已存入区信访局的素材 1 段").contains("核对：区信访局的素材");
        assertThat(material.exitCode()).isEqualTo(ExitCode.CHECK_ERRORS);
    }

    @Test
    void theOfficerCorrectsAProblemOnTheCommandLineAndTheValueIsRecordedAsTheirs() throws Exception {
        Path returned = petitions("有问题.xlsx", Map.of(0, "约1250"));
        CliRun run = run("collect", "import", "--report", String.valueOf(id), "--officer", "王起草",
                "--set", "受理信访事项=1250", "--keep", "returned", returned.toString());
        assertThat(run.out()).as(run.err()).contains("已导入“有问题.xlsx”（区信访局）：1 个数值");
        Snapshot after = snapshot();
        Metric received = after.metrics().stream().filter(m -> m.name().equals("受理信访事项")).findFirst().orElseThrow();
        assertThat(received.value()).isEqualByComparingTo("1250");
        assertThat(after.history().get(received.id())).singleElement()
                .satisfies(h -> assertThat(h.acceptedBy()).isEqualTo("王起草"));
        CliRun wrong = run("collect", "import", "--report", String.valueOf(id), "--set", "来访人次=3", returned.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrong.err()).contains("来访人次").contains("不是本报告的指标");
    }
}
