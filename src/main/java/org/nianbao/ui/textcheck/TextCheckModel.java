package org.nianbao.ui.textcheck;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/**
 * What "核对一段文字" shows for a pasted text: one line per finding of its figures and a summary of the
 * counts. The text is read as material (one paragraph per line, no outline, no deadline), never stored.
 */
public final class TextCheckModel {

    /** The summary line and one line per finding, in the order found. */
    public record Result(String summary, List<String> lines) {
    }

    private final Function<String, String> words;

    /** @param words the window's resource bundle lookup (keys textCheck.*) */
    public TextCheckModel(Function<String, String> words) {
        this.words = words;
    }

    public Result check(String text) {
        CheckReport report = findings(text);
        String summary = String.format(words.apply("textCheck.summary"), report.errors(), report.warnings(),
                report.verified(), report.unverifiable());
        return new Result(summary, report.findings().stream().map(TextCheckModel::line).toList());
    }

    private static CheckReport findings(String text) {
        List<Paragraph> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Paragraph::of).toList();
        Report material = Report.blank(java.time.Year.now().getValue(), "")
                .withSections(List.of(Section.of("", HeadingStyle.STANDALONE, paragraphs, List.of())));
        return ReportChecker.forMaterial().check(material);
    }

    private static String line(Finding f) {
        String where = f.location().paragraph() >= 0 ? "第" + (f.location().paragraph() + 1) + "段 " : "";
        return "【" + f.severity().chinese() + "】" + where + (f.text().isEmpty() ? "" : "“" + f.text() + "” ")
                + f.message();
    }
}
