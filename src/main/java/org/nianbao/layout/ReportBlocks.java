package org.nianbao.layout;

import static org.nianbao.format.GongwenPage.*;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.layout.LineBreaker.Align;
import org.nianbao.layout.TextLocation.Part;
import org.nianbao.figures.DerivedFigures;
import org.nianbao.model.Attachment;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeaderBlock;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.text.PrintedText;
import org.nianbao.text.SectionNumbering;
import org.nianbao.text.TitleLines;

/**
 * The report as the paragraphs of the official format, in the order and with the styles the Word
 * export writes them (header block, title, recipient, preamble, sections, attachment note, issuers
 * and date, attachments), each with the report location of its text.
 */
final class ReportBlocks {

    static final double PT = 1 / 20.0;
    private static final double CHAR = BODY_CHAR * PT;
    private static final double BODY_SIZE = SIZE_3HAO / 2.0;

    private final Report report;
    private final Typesetting typesetting;
    private final PrintedText text;
    private final List<Block> out = new ArrayList<>();
    private int outlineIndex;

    private ReportBlocks(Report report, Typesetting typesetting) {
        this.report = report;
        this.typesetting = typesetting;
        // derived figures as computed now, as the .docx prints them
        this.text = new PrintedText(DerivedFigures.of(report.metrics()).metrics());
    }

    static List<Block> of(Report report, Typesetting typesetting) {
        ReportBlocks blocks = new ReportBlocks(report, typesetting);
        blocks.write();
        return blocks.out;
    }

    private void write() {
        ExportSettings settings = report.settings();
        if (settings.headerEnabled()) {
            header(settings.header());
        }
        title(report.title(), Part.TITLE, 0);
        blank(1);
        if (report.recipient() != null && !report.recipient().isBlank()) {
            String recipient = text.line(report.recipient()) + "：";
            out.add(Block.of(List.of(Span.body(recipient, TextLocation.of(Part.RECIPIENT, 0, 0))), Align.JUSTIFY, 0,
                    Block.Kind.TEXT));
        }
        for (int i = 0; i < report.preamble().size(); i++) {
            body(text.resolve(report.preamble().get(i).text()), TextLocation.of(Part.PREAMBLE, 0, i));
        }
        List<Section> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), 1, i + 1);
        }
        attachmentNote();
        signature();
        attachments();
    }

    private void body(String paragraph, TextLocation at) {
        out.add(Block.of(List.of(Span.body(paragraph, at)), Align.JUSTIFY, 2 * CHAR, Block.Kind.TEXT));
    }

    private void blank(int lines) {
        for (int i = 0; i < lines; i++) {
            out.add(Block.of(List.of(), Align.LEFT, 0, Block.Kind.BLANK));
        }
    }

    /** A centred 2号 title, broken between words as the export breaks it. */
    private void title(String title, Part part, int index) {
        List<String> lines = TitleLines.split(text.resolve(title), TITLE_CHARS_PER_LINE);
        int offset = 0;
        for (String line : lines) {
            Span span = new Span(line, FontRole.TITLE, false, SIZE_2HAO / 2.0, Span.BLACK,
                    new TextLocation(part, index, 0, offset));
            out.add(Block.of(List.of(span), Align.CENTER, 0, part == Part.TITLE ? Block.Kind.TITLE : Block.Kind.ATTACHMENT));
            offset += line.length();
        }
    }

    private static FontRole headingFont(int level) {
        return switch (level) {
            case 1 -> FontRole.HEADING_1;
            case 2 -> FontRole.HEADING_2;
            default -> FontRole.BODY;
        };
    }

    private void section(Section section, int level, int position) {
        int index = outlineIndex++;
        String label = SectionNumbering.label(level, position);
        String heading = text.resolve(section.heading());
        List<List<Span>> paragraphs = new ArrayList<>();
        for (int i = 0; i < section.paragraphs().size(); i++) {
            String p = text.resolve(section.paragraphs().get(i).text());
            paragraphs.add(new ArrayList<>(List.of(Span.body(p, TextLocation.of(Part.SECTION_BODY, index, i)))));
        }
        if (section.role() == SectionRole.PROBLEMS) {
            addProblems(paragraphs);
        }
        FontRole font = headingFont(level);
        boolean latin = level > 2;
        TextLocation headingAt = TextLocation.of(Part.HEADING, index, 0);
        int first = 0;
        if (section.style() == HeadingStyle.RUN_IN) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(label + PrintedText.asSentence(heading), font, latin, BODY_SIZE, Span.BLACK, headingAt));
            if (!paragraphs.isEmpty() && typesetting.runInOnOneLine()) {
                spans.addAll(paragraphs.get(0));
                first = 1;
            }
            out.add(Block.of(spans, Align.JUSTIFY, 2 * CHAR, Block.Kind.TEXT).withHeading(level));
        } else {
            Span span = new Span(label + PrintedText.withoutClosingPunctuation(heading), font, latin, BODY_SIZE,
                    Span.BLACK, headingAt);
            out.add(Block.of(List.of(span), Align.JUSTIFY, 2 * CHAR, Block.Kind.TEXT).withHeading(level));
        }
        for (int i = first; i < paragraphs.size(); i++) {
            out.add(Block.of(paragraphs.get(i), Align.JUSTIFY, 2 * CHAR, Block.Kind.TEXT));
        }
        List<Section> children = section.children();
        for (int i = 0; i < children.size(); i++) {
            section(children.get(i), Math.min(level + 1, Section.MAX_LEVEL), i + 1);
        }
    }

    /**
     * The problem list where the export prints it: right after the paragraph that introduces it (the
     * first one ending with ：), before what follows ("究其原因……"); after the part's paragraphs when
     * none does. 一是……；二是……。 continues the introduction (stripped, as the export strips it), or
     * stands in a paragraph of its own; or one paragraph an item.
     */
    private void addProblems(List<List<Span>> paragraphs) {
        List<ProblemItem> problems = report.problems();
        if (problems.isEmpty()) {
            return;
        }
        int intro = -1;
        for (int i = 0; i < paragraphs.size() && intro < 0; i++) {
            String p = paragraphs.get(i).get(0).text().strip();
            if (p.endsWith("：") || p.endsWith(":")) {
                intro = i;
            }
        }
        if (report.settings().problemLayout() == ProblemLayout.ONE_PER_PARAGRAPH) {
            List<List<Span>> items = new ArrayList<>();
            for (int i = 0; i < problems.size(); i++) {
                items.add(new ArrayList<>(List.of(Span.body(SectionNumbering.enumerationMarker(i + 1)
                        + item(problems.get(i)) + "。", TextLocation.of(Part.PROBLEM, i, 0)))));
            }
            paragraphs.addAll(intro < 0 ? paragraphs.size() : intro + 1, items);
            return;
        }
        List<Span> inline = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            inline.add(Span.body(SectionNumbering.enumerationMarker(i + 1) + item(problems.get(i))
                    + (i < problems.size() - 1 ? "；" : "。"), TextLocation.of(Part.PROBLEM, i, 0)));
        }
        if (intro >= 0) {
            Span own = paragraphs.get(intro).get(0);
            int lead = own.text().length() - own.text().stripLeading().length();
            paragraphs.get(intro).set(0, Span.body(own.text().strip(), own.at().plus(lead)));
            paragraphs.get(intro).addAll(inline);
        } else {
            paragraphs.add(inline);
        }
    }

    private String item(ProblemItem problem) {
        return text.line(problem.text());
    }

    private String name(Attachment attachment) {
        return text.line(attachment.title());
    }

    /** 附件说明: one blank line below the body, "附件：" then the names, numbered when several. */
    private void attachmentNote() {
        List<Attachment> attachments = report.attachments();
        if (attachments.isEmpty()) {
            return;
        }
        blank(1);
        for (int i = 0; i < attachments.size(); i++) {
            String number = attachments.size() == 1 ? "" : (i + 1) + ".";
            String line = (i == 0 ? "附件：" : "") + number + name(attachments.get(i));
            Block block = Block.of(List.of(Span.body(line, TextLocation.of(Part.ATTACHMENT_NOTE, i, 0))), Align.JUSTIFY,
                    i == 0 ? -3 * CHAR : 0, Block.Kind.TEXT);
            out.add(block.withIndents(5 * CHAR, 0, i == 0 ? -3 * CHAR : 0));
        }
    }

    /**
     * The issuers, one line each, lead issuer first, and the date: unsealed, the issuer 2 characters
     * in from the right and the date starting 2 characters right of the issuer's start (or 2 in, the
     * issuer centred on it, when the date is longer); sealed, the date 4 in and the issuer centred on it.
     */
    private void signature() {
        List<String> issuers = report.issuers().stream().filter(s -> !s.isBlank()).map(String::strip).toList();
        String date = report.date() == null ? null : PrintedText.date(report.date());
        if (issuers.isEmpty() && date == null) {
            return;
        }
        boolean sealed = report.settings().sealed();
        for (int i = 0; i < (sealed ? SEALED_BLANK_LINES : UNSEALED_BLANK_LINES); i++) {
            out.add(Block.of(List.of(), Align.LEFT, 0, Block.Kind.SIGNATURE).withKeepWithNext());
        }
        // widths in half characters, as the export counts them: a digit of the date is half a character
        int name = issuers.stream().mapToInt(TitleLines::width).max().orElse(0);
        int dated = date == null ? 0 : TitleLines.width(date);
        double half = CHAR / 2;
        double issuerRight;
        double dateRight;
        if (sealed) {
            dateRight = SEALED_DATE_RIGHT_CHARS * CHAR;
            issuerRight = Math.max(0, dateRight + (dated - name) * half / 2);
        } else {
            issuerRight = UNSEALED_ISSUER_RIGHT_CHARS * CHAR;
            dateRight = issuerRight + (name - dated) * half - UNSEALED_DATE_SHIFT_CHARS * CHAR;
            if (dateRight < issuerRight) {
                dateRight = issuerRight;
                issuerRight = Math.max(0, dateRight + (dated - name) * half / 2);
            }
        }
        for (int i = 0; i < issuers.size(); i++) {
            Block block = Block.of(List.of(Span.body(issuers.get(i), TextLocation.of(Part.ISSUER, i, 0))), Align.RIGHT, 0,
                    Block.Kind.SIGNATURE);
            out.add(block.withIndents(0, issuerRight, 0).withKeepWithNext());
        }
        if (date != null) {
            Block block = Block.of(List.of(Span.body(date, TextLocation.of(Part.DATE, 0, 0))), Align.RIGHT, 0,
                    Block.Kind.SIGNATURE);
            out.add(block.withIndents(0, dateRight, 0));
        }
    }

    /** Each attachment on a new page: "附件N" in 黑体, its title centred on the third line, its text. */
    private void attachments() {
        List<Attachment> attachments = report.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            String label = attachments.size() == 1 ? "附件" : "附件" + (i + 1);
            Span span = new Span(label, FontRole.HEADING_1, false, BODY_SIZE, Span.BLACK,
                    TextLocation.of(Part.ATTACHMENT_LABEL, i, 0));
            out.add(Block.of(List.of(span), Align.LEFT, 0, Block.Kind.ATTACHMENT).withPageBreakBefore());
            blank(BLANK_LINES_BEFORE_ATTACHMENT_TITLE);
            title(name(attachment), Part.ATTACHMENT_TITLE, i);
            if (!attachment.body().isEmpty()) {
                blank(1);
            }
            for (int p = 0; p < attachment.body().size(); p++) {
                body(text.resolve(attachment.body().get(p).text()), TextLocation.of(Part.ATTACHMENT_BODY, i, p));
            }
        }
    }

    /** 版头: the red issuer mark, the document number (with 签发人), the red separator line. */
    /** The issuer mark's size in points: set smaller where the .docx condenses a long name to one line. */
    static double issuerMarkSize(String mark) {
        return SIZE_ISSUER_MARK / 2.0 * TitleLines.issuerMarkRatio(mark);
    }

    private void header(HeaderBlock header) {
        boolean letterhead = header.letterheadPaper();
        String mark = header.issuerMark() == null ? "" : header.issuerMark().strip();
        if (mark.isEmpty() && !report.issuers().isEmpty() && !report.issuers().get(0).isBlank()) {
            mark = report.issuers().get(0).strip() + "文件";
        }
        TextLocation at = TextLocation.of(Part.HEADER_BLOCK, 0, 0);
        if (letterhead || !mark.isEmpty()) { // no issuer known: no empty red line, as the .docx
            Span markSpan = new Span(letterhead ? "" : mark, FontRole.TITLE, false, issuerMarkSize(mark), Span.RED, at);
            out.add(Block.of(List.of(markSpan), Align.CENTER, 0, Block.Kind.HEADER)
                    .withHeight(ISSUER_MARK_TOP, ISSUER_MARK_LINE, null));
            for (int i = 0; i < BLANK_LINES_AFTER_MARK; i++) {
                out.add(Block.of(List.of(), Align.LEFT, 0, Block.Kind.HEADER));
            }
        }
        String number = PrintedText.documentNumber(header.documentNumber());
        String signer = header.signer() == null ? "" : header.signer().strip();
        TextLocation numberAt = TextLocation.of(Part.HEADER_BLOCK, 1, 0);
        if (signer.isEmpty()) {
            if (!number.isEmpty()) { // no number yet: the line is left out, as the .docx leaves it out
                out.add(Block.of(List.of(Span.body(number, numberAt)), Align.CENTER, 0, Block.Kind.HEADER));
            }
        } else {
            TextLocation signerAt = TextLocation.of(Part.HEADER_BLOCK, 2, 0);
            List<Span> right = List.of(Span.body("签发人：", signerAt),
                    new Span(signer, FontRole.HEADING_2, false, BODY_SIZE, Span.BLACK, signerAt.plus(4)));
            out.add(Block.of(List.of(Span.body(number, numberAt)), Align.LEFT, 0, Block.Kind.HEADER)
                    .withIndents(DOCUMENT_NUMBER_INSET * PT, DOCUMENT_NUMBER_INSET * PT, 0).withRight(right));
        }
        Rule rule = letterhead ? null : new Rule(MARGIN_LEFT * PT, (MARGIN_LEFT + TEXT_WIDTH) * PT, 0, 1.5, Span.RED);
        out.add(Block.of(List.of(), Align.LEFT, 0, Block.Kind.HEADER).withHeight(0, SEPARATOR_PARAGRAPH, rule));
        for (int i = 0; i < BLANK_LINES_AFTER_SEPARATOR; i++) {
            out.add(Block.of(List.of(), Align.LEFT, 0, Block.Kind.HEADER));
        }
    }
}
