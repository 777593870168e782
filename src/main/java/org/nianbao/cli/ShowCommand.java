package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.text.SectionNumbering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "显示报告提纲：每行一个标题，带编号，按层级缩进 (the outline, one heading a line)")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    ReportArgument report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return report.with(this::print);
    }

    private int print(Report r) {
        PrintWriter out = spec.commandLine().getOut();
        for (OutlineEntry e : r.outline()) {
            out.println("  ".repeat(e.level() - 1) + SectionNumbering.label(e.path()) + e.section().heading());
        }
        return ExitCode.OK;
    }
}
