package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.importing.ImportOptions;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import",
        description = "导入 .txt 或 .docx 报告，最后一行输出新报告的编号 (import a report; prints the new id on the last line)")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    NianbaoCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = ".txt（UTF-8 或 GBK）或 .docx 文件")
    Path file;

    @Option(names = "--year", paramLabel = "N", description = "报告年度（默认从标题、开头或成文日期推断）")
    Integer year;

    @Override
    public Integer call() {
        // Read the whole file before opening the database: a bad file never reaches the store.
        Report read = new ReportImporter(new ImportOptions(year, true)).read(file, spec.commandLine().getErr()::println);
        try (ReportStore store = root.openStoreForWriting("报告未导入", "the report was not imported")) {
            Report stored = store.insert(read);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("已导入《%s》（%d年度）：%d 个部分，%d 个标题，%d 条问题 (imported)%n",
                    stored.title(), stored.year(), stored.sections().size(), stored.outline().size(),
                    stored.problems().size());
            out.println(stored.id());
        }
        return ExitCode.OK;
    }
}
