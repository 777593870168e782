package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.FindingsJson;
import org.nianbao.check.FindingsText;
import org.nianbao.check.ReportChecker;
import org.nianbao.compose.PageAwareCheck;
import org.nianbao.importing.ReportImporter;
import org.nianbao.importing.UnstructuredTextException;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.fonts.FontWidths;
import org.nianbao.layout.fonts.InstalledFonts;
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
        try {
            // the page rules (date alone, end block on an odd page, page count against last year's)
            // read the pages as the PDF prints them, measured with the installed fonts
            PageLayout layout = new PageLayout(new FontWidths(InstalledFonts.system()));
            return report.with((store, r) -> check(r, new ReportChecker(), PageAwareCheck.pageFindings(store, r, layout)));
        } catch (UnstructuredTextException noHeadings) {
            // a department's material or a press release: no outline to rebuild, but figures to check
            spec.commandLine().getErr().println("未识别到“一、”等标题，按普通文字核对其中的数字。");
            return check(new ReportImporter().readMaterial(Path.of(report.idOrFile)), ReportChecker.forMaterial(), List.of());
        }
    }

    private int check(Report r, ReportChecker checker, List<Finding> pageFindings) {
        CheckReport result = PageAwareCheck.merge(checker.check(r), pageFindings);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? FindingsJson.write(r, result) : FindingsText.write(r, result));
        out.flush();
        return result.hasErrors() ? ExitCode.CHECK_ERRORS : ExitCode.OK;
    }
}
