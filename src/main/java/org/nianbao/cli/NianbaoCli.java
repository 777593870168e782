package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.model.BadInputException;
import org.slf4j.LoggerFactory;
import org.nianbao.store.DatabaseLocation;
import org.nianbao.store.ReportStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The command line over the same core as the window: import, list, show, check, export. With no
 * command the launcher opens the window instead ({@link #windowDatabase(String...)}).
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Version.class,
        description = "年报：法治政府建设年度报告的编写、核对与公文格式导出 (Nianbao: compile, check and export the annual report)",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, CheckCommand.class, ExportCommand.class,
                ReviewCommand.class, CollectCommand.class})
public final class NianbaoCli implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "数据库文件 (database file); default: $NIANBAO_DB or the per-user data folder")
    Path db;

    /** The database the command works on. */
    Path database() {
        return DatabaseLocation.resolve(db);
    }

    /** Opens the database; a read-only one opens with a note on stderr that changes cannot be saved. */
    ReportStore openStore(CommandSpec command) {
        ReportStore store = ReportStore.open(database());
        if (store.isReadOnly()) {
            command.commandLine().getErr().println("注意：数据库为只读，可以查看，但修改无法保存：" + store.file()
                    + " (the database is read-only: changes cannot be saved)");
        }
        return store;
    }

    /**
     * Opens the database for a command that only writes: a read-only one is refused in one line
     * (rather than the read-only note followed by the refusal).
     */
    ReportStore openStoreForWriting(String chineseOutcome, String englishOutcome) {
        ReportStore store = ReportStore.open(database());
        if (store.isReadOnly()) {
            store.close();
            throw new BadInputException("数据库为只读，" + chineseOutcome + "：" + store.file(),
                    "the database is read-only; " + englishOutcome + ": " + store.file());
        }
        return store;
    }

    @Override
    public Integer call() {
        // Reached only when no command was given and the launcher did not open the window.
        return ExitCode.OK;
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String... args) {
        return run(ConsoleStreams.out(), ConsoleStreams.err(), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new NianbaoCli());
        cl.registerConverter(Path.class, NianbaoCli::toPath);
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --fonts windows
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException bad) {
                commandLine.getErr().println("错误：" + bad.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof InvalidPathException path) {
                commandLine.getErr().println("错误：" + unusableFileName(path).getMessage());
                return ExitCode.BAD_INPUT;
            }
            LoggerFactory.getLogger(NianbaoCli.class).error("unexpected failure of: nianbao {}",
                    String.join(" ", parseResult.originalArgs()), ex);
            commandLine.getErr().println("内部错误：操作未完成，详细信息已写入日志 " + logFile()
                    + " (internal error; the details are in the log)");
            return ExitCode.INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            UnusableFileName unusable = unusableFileNameIn(ex);
            if (unusable != null) {
                ex.getCommandLine().getErr().println("错误：" + unusable.getMessage());
            } else {
                ex.getCommandLine().getErr().println("用法错误：" + ex.getMessage() + " (usage error; see --help)");
            }
            return ExitCode.BAD_INPUT;
        });
        return cl;
    }

    /** Where the log is written ({@link org.nianbao.files.LogConfigurator}). */
    static String logFile() {
        return org.nianbao.files.LogConfigurator.file().toString();
    }

    private static UnusableFileName unusableFileNameIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnusableFileName unusable) {
                return unusable;
            }
        }
        return null;
    }

    /** A path argument that cannot be a file name here; picocli keeps it as the parameter error's cause. */
    static final class UnusableFileName extends CommandLine.TypeConversionException {
        UnusableFileName(InvalidPathException e) {
            super(unusableFileName(e).getMessage());
        }
    }

    private static Path toPath(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UnusableFileName(e);
        }
    }

    /**
     * A file name the JVM cannot represent: under the C locale Java 17 takes file names as ASCII, so a
     * Chinese name fails before any file is opened. Say how to run it, not "invalid value".
     */
    static BadInputException unusableFileName(InvalidPathException e) {
        return new BadInputException("文件名“" + RawArguments.readable(e.getInput()) + "”含有当前系统区域设置无法表示的字符，"
                + "请在 UTF-8 区域设置下运行（例如先执行 export LANG=zh_CN.UTF-8），或改用英文文件名",
                "the file name cannot be represented in this locale; run under a UTF-8 locale such as LANG=C.UTF-8");
    }

    /**
     * When the arguments name no command (nor --help or --version), the desktop window should open:
     * returns the database it should use (the explicit --db, or empty for the default).
     */
    public static Optional<Optional<Path>> windowDatabase(String... args) {
        if (isPlainWindowStart(args)) {
            return Optional.of(args.length == 0 ? Optional.empty() : Optional.of(Path.of(args[1])));
        }
        return parsedWindowDatabase(args);
    }

    /**
     * The two ways the window is started (the menu entry: no arguments; a shortcut: {@code --db FILE}),
     * recognized without picocli: building its model of every command costs a fifth of a second of
     * CPU before JavaFX can start (issue 10). Anything else, even a near miss, goes through picocli.
     */
    static boolean isPlainWindowStart(String... args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 2 || !"--db".equals(args[0]) || args[1].isEmpty()
                || args[1].startsWith("-") || args[1].startsWith("@")) { // an option, or picocli's @argument-file
            return false;
        }
        try {
            Path.of(args[1]);
            return true;
        } catch (InvalidPathException e) {
            return false; // picocli refuses it, and the command line says why
        }
    }

    static Optional<Optional<Path>> parsedWindowDatabase(String... args) {
        CommandLine cl = new CommandLine(new NianbaoCli());
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
        if (parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return Optional.empty();
        }
        NianbaoCli root = cl.getCommand();
        return Optional.of(Optional.ofNullable(root.db));
    }
}
