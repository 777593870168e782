package org.nianbao.cli;

import java.util.concurrent.Callable;
import org.nianbao.store.ReportStore;
import org.nianbao.store.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "列出数据库中的报告：编号、年度、标题 (one line per report: id, year, title)")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    NianbaoCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ReportStore store = root.openStore(spec)) {
            for (ReportSummary r : store.list()) {
                spec.commandLine().getOut().printf("%d\t%d\t%s%n", r.id(), r.year(), r.title());
            }
        }
        return ExitCode.OK;
    }
}
