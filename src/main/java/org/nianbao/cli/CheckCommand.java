package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nianbao.check.CheckReport;
import org.nianbao.check.FindingsJson;
import org.nianbao.check.FindingsText;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check",
        description = "核对报告中的数据与格式；发现错误时退出码为 1 (check figures and form; exit 1 when an error is found)")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ReportArgument report;

    @Option(names = "--json", description = "以 JSON 输出核对结果 (print the findings as JSON)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return report.with(this::check);
    }

    private int check(Report r) {
        CheckReport result = new ReportChecker().check(r);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? FindingsJson.write(r, result) : FindingsText.write(r, result));
        out.flush();
        return result.hasErrors() ? ExitCode.CHECK_ERRORS : ExitCode.OK;
    }
}
