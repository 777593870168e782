package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.collect.Conflict;
import org.nianbao.collect.FormProblem;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.collect.ReturnResult;
import org.nianbao.model.BadInputException;
import org.nianbao.collect.CollectionStatus;
import org.nianbao.model.CollectionState;
import org.nianbao.compose.CollectionRound;
import org.nianbao.compose.MaterialNote;
import org.nianbao.store.ReportStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collect forms} and {@code collect import}: the collection round from the command line. */
@Command(name = "collect", description = "向各部门收集数据：生成数据收集表、导入收回的表 (collect figures from departments)",
        subcommands = {CollectCommand.Forms.class, CollectCommand.Import.class, CollectCommand.MaterialFile.class,
                CollectCommand.Status.class})
final class CollectCommand implements Callable<Integer> {

    @ParentCommand
    NianbaoCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    /** What every collect command has: the report it works on, and the database. */
    abstract static class OnReport implements Callable<Integer> {

        @ParentCommand
        CollectCommand collect;

        @Spec
        CommandSpec spec;

        @Option(names = "--report", required = true, paramLabel = "ID", description = "报告编号 (report id)")
        long report;

        ReportStore openStore() {
            return collect.root.openStore(spec);
        }
    }

    @Command(name = "forms", description = "为每个部门生成一份数据收集表（.xlsx） (one .xlsx form per department)")
    static final class Forms extends OnReport {

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "保存表格的文件夹 (folder for the forms)")
        Path out;

        @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", description = "报送截止日期（默认两周后） (deadline; default in two weeks)")
        String deadline;

        @Override
        public Integer call() {
            LocalDate due = deadline(deadline);
            try (ReportStore store = openStore()) {
                List<Path> files = new CollectionRound(store).makeForms(report, out, due, LocalDateTime.now());
                PrintWriter pw = spec.commandLine().getOut();
                files.forEach(pw::println);
                pw.printf("已生成 %d 份数据收集表，截止日期 %s (forms written)%n", files.size(), due);
            }
            return ExitCode.OK;
        }

        private static LocalDate deadline(String text) {
            if (text == null) {
                return LocalDate.now().plusWeeks(2);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new BadInputException("截止日期“" + text + "”格式不对，请写成 2024-01-15",
                        "the deadline " + text + " is not a date like 2024-01-15");
            }
        }
    }

    @Command(name = "import", description = "导入各部门收回的数据收集表：先逐项核验，无问题才存入 (import returned forms; "
            + "each is validated whole before anything is stored)")
    static final class Import extends OnReport {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "收回的 .xlsx 表格")
        List<Path> files;

        @Option(names = "--keep", paramLabel = "returned|entered",
                description = "表中数值与已录入的不同时保留哪个：returned（部门报送的）或 entered（已录入的）；不指定时列出差异，不导入")
        String keep;

        @Option(names = "--match-by-name", description = "表格信息页被删除时，确认按部门名称和指标名称对应导入 (confirm matching by names)")
        boolean matchByName;

        @Option(names = "--officer", paramLabel = "NAME", description = "接收人姓名，记入数据来源 (who accepts the values)")
        String officer;

        @Option(names = "--set", paramLabel = "指标名=数值",
                description = "起草人改正的数值，代替表中的（记为起草人接收）；可重复 (a corrected value, recorded as the officer's)")
        java.util.Map<String, String> corrections = new java.util.LinkedHashMap<>();

        @Override
        public Integer call() {
            ReturnCheck.Options options;
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int code = ExitCode.OK;
            try (ReportStore store = openStore()) {
                options = new ReturnCheck.Options(keep(keep), matchByName, corrected(store.load(report).metrics()),
                        officer, LocalDateTime.now());
                CollectionRound round = new CollectionRound(store);
                for (Path file : files) {
                    try {
                        CollectionRound.Outcome o = round.importForm(report, file, options);
                        code = Math.max(code, print(file, o, out, err));
                    } catch (BadInputException e) {
                        err.println("错误：" + e.getMessage());
                        code = ExitCode.BAD_INPUT;
                    }
                }
            }
            return code;
        }

        private static int print(Path file, CollectionRound.Outcome o, PrintWriter out, PrintWriter err) {
            ReturnResult r = o.result();
            String name = file.getFileName().toString();
            if (!o.stored()) {
                for (FormProblem p : r.problems()) {
                    err.println(p);
                }
                for (Conflict c : r.conflicts()) {
                    err.println(r.department() + "　指标!" + c.cell() + "：“" + c.metric() + "”已录入"
                            + c.entered().toPlainString() + "，表中为" + c.returned().toPlainString());
                }
                err.println("未导入“" + name + "”（" + r.department() + "）：" + (r.problems().isEmpty()
                        ? "有 " + r.conflicts().size() + " 个数值与已录入的不同，请用 --keep returned 或 --keep entered 选择保留哪个"
                        : "有 " + r.problems().size() + " 处问题，请改正后重新导入，或将表格退回部门")
                        + "；数据库未改动 (not imported; the database is unchanged)");
                return ExitCode.BAD_INPUT;
            }
            r.notices().forEach(n -> out.println("提示：" + r.department() + "　" + n));
            out.printf("已导入“%s”（%s）：%d 个数值，%d 段素材%s (imported)%n", name, r.department(),
                    r.form().values().size(), r.form().material().size(),
                    r.missing().isEmpty() ? "" : "；仍缺：" + String.join("、", r.missing()));
            o.flags().forEach(f -> out.println("核对：" + f));
            return o.flags().isEmpty() ? ExitCode.OK : ExitCode.CHECK_ERRORS;
        }

        /** The --set values by metric id; a name that is no metric, or a value that is no number, is refused. */
        private java.util.Map<Long, java.math.BigDecimal> corrected(List<org.nianbao.model.Metric> metrics) {
            java.util.Map<Long, java.math.BigDecimal> out = new java.util.HashMap<>();
            corrections.forEach((name, value) -> {
                org.nianbao.model.Metric m = metrics.stream().filter(x -> x.name().equals(name)).findFirst()
                        .orElseThrow(() -> new BadInputException("--set 中的“" + name + "”不是本报告的指标",
                                "--set names no metric " + name));
                try {
                    out.put(m.id(), new java.math.BigDecimal(value.strip()));
                } catch (NumberFormatException e) {
                    throw new BadInputException("--set " + name + "=" + value + "：“" + value + "”不是数字",
                            "--set " + name + ": " + value + " is not a number");
                }
            });
            return out;
        }

        private static ReturnCheck.Keep keep(String text) {
            if (text == null) {
                return ReturnCheck.Keep.ASK;
            }
            return switch (text) {
                case "returned" -> ReturnCheck.Keep.RETURNED;
                case "entered" -> ReturnCheck.Keep.ENTERED;
                default -> throw new BadInputException("--keep 只能是 returned 或 entered，不能是“" + text + "”",
                        "--keep takes returned or entered, not " + text);
            };
        }
    }

    @Command(name = "material", description = "把部门发来的 .docx/.txt 书面材料存为该部门的素材并核对（不会并入报告） "
            + "(keep a department's written material and check it; never merged into the report)")
    static final class MaterialFile extends OnReport {

        @Option(names = "--department", required = true, paramLabel = "NAME", description = "部门名称 (department)")
        String department;

        @Parameters(index = "0", paramLabel = "FILE", description = ".docx 或 .txt 文件")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ReportStore store = openStore()) {
                CollectionRound round = new CollectionRound(store);
                int n = round.addMaterial(report, department, file, LocalDateTime.now());
                out.printf("已存入%s的素材 %d 段 (material kept)%n", department, n);
                List<MaterialNote> notes = round.checkMaterial(report).stream()
                        .filter(m -> m.department().equals(department)).toList();
                notes.forEach(m -> out.println("核对：" + m));
                return notes.stream().anyMatch(MaterialNote::error) ? ExitCode.CHECK_ERRORS : ExitCode.OK;
            }
        }
    }

    @Command(name = "status", description = "各部门的报送情况和仍缺的数据 (each department's state and missing figures)")
    static final class Status extends OnReport {

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ReportStore store = openStore()) {
                CollectionStatus status = CollectionStatus.of(store.load(report), store.collection().departments(report));
                for (CollectionStatus.Line line : status.lines()) {
                    out.println(line.department().name() + "\t" + STATES.get(line.department().state())
                            + (line.missing().isEmpty() ? "" : "\t缺：" + String.join("、", line.missing())));
                }
                out.printf("已收到 %d / %d 项数据 (figures in)%n", status.figuresIn(), status.figuresOwed());
            }
            return ExitCode.OK;
        }
    }

    static final java.util.Map<CollectionState, String> STATES = java.util.Map.of(
            CollectionState.NOT_SENT, "未发送", CollectionState.SENT, "已发送", CollectionState.RETURNED, "已收回",
            CollectionState.PROBLEMS, "有问题", CollectionState.COMPLETE, "已完成");
}
