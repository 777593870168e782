package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewImport;
import org.nianbao.review.Placement;
import org.nianbao.compose.ReviewSession;
import org.nianbao.compose.ReviewSession.Pending;
import org.nianbao.store.ReportStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "review",
        description = "读取审阅人发回的 .docx：列出修订和批注，或接受修订；仍有冲突时退出码为 1 "
                + "(read a reviewers' returned .docx: list its changes and comments, or accept them; exit 1 while conflicts remain)")
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    NianbaoCli root;

    @Parameters(index = "0", paramLabel = "FILE.docx", description = "审阅人发回的文件 (the returned file)")
    Path file;

    @Option(names = "--report", paramLabel = "ID",
            description = "报告编号：文件缺少来源信息时用于确认 (the report, to confirm a file that lost its properties)")
    Long reportId;

    @Option(names = "--json", description = "以 JSON 输出 (print as JSON)")
    boolean json;

    @Option(names = "--accept-all", description = "接受全部可以应用的修订 (accept every change that applies)")
    boolean acceptAll;

    @Option(names = "--author", paramLabel = "NAME",
            description = "只接受这位审阅人的修订（与 --accept-all 同用） (only this reviewer's changes, with --accept-all)")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (author != null && !acceptAll) {
            throw new org.nianbao.model.BadInputException("--author 需与 --accept-all 同用", "--author needs --accept-all");
        }
        try (ReportStore store = root.openStore(spec)) {
            ReviewSession session = new ReviewSession(store);
            ReviewImport imported = session.importFile(file, reportId);
            long id = imported.reportId();
            PrintWriter out = spec.commandLine().getOut();
            if (acceptAll) {
                int accepted = session.acceptAll(id, author);
                out.println("已接受修订 " + accepted + " 处 (accepted " + accepted + " changes)");
            }
            List<Pending> pending = session.pending(id);
            Report report = store.load(id);
            ReviewListing listing = new ReviewListing(report);
            out.print(json ? listing.json(pending) : listing.text(pending));
            out.flush();
            return pending.stream().anyMatch(p -> p.placement().status() == Placement.Status.CONFLICT)
                    ? ExitCode.CHECK_ERRORS : ExitCode.OK;
        }
    }
}
