package org.nianbao.export;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.text.SectionNumbering;

/** Writes the title, the recipient, the preamble and the sections with their numbered headings. */
final class MainTextWriter {

    private final BodyWriter body;
    private final Report report;
    private final ReportText text;
    private final ReturnPath returnPath;

    MainTextWriter(BodyWriter body, Report report, ReportText text) {
        this(body, report, text, ReturnPath.NONE);
    }

    MainTextWriter(BodyWriter body, Report report, ReportText text, ReturnPath returnPath) {
        this.body = body;
        this.report = report;
        this.text = text;
        this.returnPath = returnPath;
    }

    void write() {
        title(GongwenStyle.TITLE, report.title());
        body.blankLines(1);
        if (report.recipient() != null && !report.recipient().isBlank()) {
            String recipient = ReportText.withoutClosingPunctuation(text.resolve(report.recipient()));
            body.paragraph(GongwenStyle.RECIPIENT, recipient + "：");
        }
        for (Paragraph p : report.preamble()) {
            body.paragraph(GongwenStyle.BODY, text.resolve(p.text()));
        }
        List<Section> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), 1, i + 1);
        }
    }

    /** A centred title, broken into lines between words when it is too long for one. */
    void title(GongwenStyle style, String title) {
        List<String> lines = TitleLines.split(text.resolve(title), OfficialFormat.TITLE_CHARS_PER_LINE);
        body.paragraph(style, String.join("\n", lines));
    }

    private void section(Section section, int level, int position) {
        String label = SectionNumbering.label(level, position);
        String heading = text.resolve(section.heading());
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : section.paragraphs()) {
            paragraphs.add(text.resolve(p.text()));
        }
        if (section.role() == SectionRole.PROBLEMS) {
            addProblems(paragraphs);
        }
        int first = 0;
        if (section.style() == HeadingStyle.RUN_IN) {
            body.open(GongwenStyle.runIn(level));
            returnPath.sectionStart(body.out(), section);
            body.run(label + ReportText.asSentence(heading), GongwenStyle.headingChar(level));
            if (!paragraphs.isEmpty()) {
                body.run(paragraphs.get(0));
                first = 1;
            }
            returnPath.sectionEnd(body.out(), section);
            body.close();
        } else {
            body.open(GongwenStyle.heading(level));
            returnPath.sectionStart(body.out(), section);
            body.run(label + ReportText.withoutClosingPunctuation(heading));
            returnPath.sectionEnd(body.out(), section);
            body.close();
        }
        for (int i = first; i < paragraphs.size(); i++) {
            body.paragraph(GongwenStyle.BODY, paragraphs.get(i));
        }
        List<Section> children = section.children();
        for (int i = 0; i < children.size(); i++) {
            section(children.get(i), Math.min(level + 1, Section.MAX_LEVEL), i + 1);
        }
    }

    /**
     * The problem list after the part's own paragraphs: 一是……；二是……。 continuing a paragraph that
     * ends with ：, or in a paragraph of its own; or one paragraph an item.
     */
    private void addProblems(List<String> paragraphs) {
        List<ProblemItem> problems = report.problems();
        if (problems.isEmpty()) {
            return;
        }
        if (report.settings().problemLayout() == ProblemLayout.ONE_PER_PARAGRAPH) {
            for (int i = 0; i < problems.size(); i++) {
                paragraphs.add(SectionNumbering.enumerationMarker(i + 1) + item(problems.get(i)) + "。");
            }
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            inline.append(SectionNumbering.enumerationMarker(i + 1)).append(item(problems.get(i)))
                    .append(i < problems.size() - 1 ? "；" : "。");
        }
        int last = paragraphs.size() - 1;
        if (last >= 0 && paragraphs.get(last).strip().endsWith("：")) {
            paragraphs.set(last, paragraphs.get(last).strip() + inline);
        } else {
            paragraphs.add(inline.toString());
        }
    }

    private String item(ProblemItem problem) {
        return ReportText.withoutClosingPunctuation(text.resolve(problem.text()));
    }
}
