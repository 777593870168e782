package org.nianbao.export;

import org.nianbao.text.PrintedText;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.export.xml.RunProperties;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.text.SectionNumbering;

/** 正文: the recipient (主送机关), the preamble and the sections with their numbered headings. */
final class MainTextWriter implements DocumentBlock {

    private final Report report;
    private final PrintedText text;
    private final ReturnPath returnPath;

    MainTextWriter(Report report, PrintedText text) {
        this(report, text, ReturnPath.NONE);
    }

    MainTextWriter(Report report, PrintedText text, ReturnPath returnPath) {
        this.report = report;
        this.text = text;
        this.returnPath = returnPath;
    }

    @Override
    public void write(BodyWriter body) {
        if (report.recipient() != null && !report.recipient().isBlank()) {
            String recipient = text.line(report.recipient());
            body.field(GongwenStyle.RECIPIENT, List.of(recipient + "："), returnPath, ReportField.RECIPIENT);
        }
        body.field(GongwenStyle.BODY, report.preamble().stream().map(p -> text.resolve(p.text())).toList(), returnPath,
                ReportField.PREAMBLE);
        List<Section> sections = report.sections();
        Section problemHost = problemHost(sections);
        for (int i = 0; i < sections.size(); i++) {
            section(body, sections.get(i), 1, i + 1, problemHost);
        }
    }

    /**
     * The section the problem list is printed in: the part on shortcomings, or, when only one of its
     * subsections introduces the list ("（一）存在的问题" … "主要表现在："), that subsection, where the
     * importer found the list.
     */
    private static Section problemHost(List<Section> parts) {
        for (Section part : parts) {
            if (part.role() != SectionRole.PROBLEMS) {
                continue;
            }
            if (introduction(texts(part)) >= 0) {
                return part;
            }
            return part.children().stream().filter(child -> introduction(texts(child)) >= 0).findFirst().orElse(part);
        }
        return null;
    }

    private static List<String> texts(Section section) {
        return section.paragraphs().stream().map(Paragraph::text).toList();
    }

    /** The first paragraph ending with a colon, which introduces a list; -1 when none does. */
    private static int introduction(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).strip();
            if (p.endsWith("：") || p.endsWith(":")) {
                return i;
            }
        }
        return -1;
    }

    private void section(BodyWriter body, Section section, int level, int position, Section problemHost) {
        String label = SectionNumbering.label(level, position);
        String headingText = text.resolve(section.heading());
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : section.paragraphs()) {
            paragraphs.add(text.resolve(p.text()));
        }
        if (section == problemHost) {
            addProblems(paragraphs);
        }
        if (section.style() == HeadingStyle.RUN_IN) {
            // Word's style separator: the heading sentence is a paragraph of its own (so the navigation
            // pane shows only it) whose hidden mark lets the body paragraph continue on its line
            ParagraphProperties heading = new ParagraphProperties().style(body.id(GongwenStyle.runIn(level)));
            if (!paragraphs.isEmpty()) {
                heading.mark(new RunProperties().styleSeparator());
            }
            body.open(heading);
            returnPath.sectionStart(body.out(), section);
            body.run(label + PrintedText.asSentence(headingText), GongwenStyle.headingChar(level));
            returnPath.sectionEnd(body.out(), section);
            body.close();
        } else {
            body.open(GongwenStyle.heading(level));
            returnPath.sectionStart(body.out(), section);
            body.run(label + PrintedText.withoutClosingPunctuation(headingText));
            returnPath.sectionEnd(body.out(), section);
            body.close();
        }
        for (String paragraph : paragraphs) {
            body.paragraph(GongwenStyle.BODY, paragraph);
        }
        List<Section> children = section.children();
        for (int i = 0; i < children.size(); i++) {
            section(body, children.get(i), Math.min(level + 1, Section.MAX_LEVEL), i + 1, problemHost);
        }
    }

    /**
     * The problem list where the report has it: right after the paragraph that introduces it (the
     * first one ending with ：, "……还存在一些不足："), before what follows ("究其原因……"); after
     * the part's paragraphs when none introduces it. 一是……；二是……。 continues the introduction, or
     * stands in a paragraph of its own; or one paragraph an item.
     */
    private void addProblems(List<String> paragraphs) {
        List<ProblemItem> problems = report.problems();
        if (problems.isEmpty()) {
            return;
        }
        int intro = introduction(paragraphs);
        if (report.settings().problemLayout() == ProblemLayout.ONE_PER_PARAGRAPH) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < problems.size(); i++) {
                items.add(SectionNumbering.enumerationMarker(i + 1) + item(problems.get(i)) + "。");
            }
            paragraphs.addAll(intro < 0 ? paragraphs.size() : intro + 1, items);
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            inline.append(SectionNumbering.enumerationMarker(i + 1)).append(item(problems.get(i)))
                    .append(i < problems.size() - 1 ? "；" : "。");
        }
        if (intro >= 0) {
            paragraphs.set(intro, paragraphs.get(intro).strip() + inline);
        } else {
            paragraphs.add(inline.toString());
        }
    }

    private String item(ProblemItem problem) {
        return text.line(problem.text());
    }
}
