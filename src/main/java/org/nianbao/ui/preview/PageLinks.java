package org.nianbao.ui.preview;

import java.util.List;
import java.util.Optional;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.TextLocation;
import org.nianbao.layout.TextLocation.Part;
import org.nianbao.model.Metric;
import org.nianbao.text.PrintedText;
import org.nianbao.ui.document.Block;
import org.nianbao.ui.document.DocParagraph;

/**
 * The link between the document view's paragraphs and the text of the laid-out pages, both ways: where
 * a character of the document prints, and which characters of the document a stretch of printed text
 * is. The pages count sections in outline order and paragraphs as stored, and print a heading after
 * its number (一、) and a paragraph with its {{指标名}} references resolved; the document shows the
 * number beside the heading, the references as typed, and blank lines not stored yet.
 */
public final class PageLinks {

    /** Characters [start, end) of one paragraph of the document view. */
    public record Span(int paragraph, int start, int end) {
    }

    /** {@code length} printed characters from {@code start}: a line of a page, in one paragraph. */
    public record Printed(TextLocation start, int length) {
    }

    /** Where a document paragraph prints, and how far its printed offsets run ahead of its own. */
    private record Key(TextLocation at, int shift, boolean blank) {
    }

    private final List<DocParagraph> paragraphs;
    private final PrintedText printed;
    private final Key[] keys;

    /** @param paragraphs the document view's paragraphs now; {@code metrics} resolve the references */
    public PageLinks(List<DocParagraph> paragraphs, List<Metric> metrics) {
        this.paragraphs = List.copyOf(paragraphs);
        this.printed = new PrintedText(metrics);
        this.keys = new Key[paragraphs.size()];
        int heading = -1;
        int body = 0;
        int preamble = 0;
        int problem = 0;
        int attachment = -1;
        int attachmentBody = 0;
        int issuer = 0;
        for (int p = 0; p < keys.length; p++) {
            Block block = paragraphs.get(p).block();
            String text = paragraphs.get(p).text();
            boolean blank = text.isBlank();
            keys[p] = switch (block.kind()) {
                case TITLE -> new Key(TextLocation.of(Part.TITLE, 0, 0), 0, blank);
                case PREAMBLE -> new Key(TextLocation.of(Part.PREAMBLE, 0, blank ? preamble : preamble++), 0, blank);
                case HEADING -> {
                    heading++;
                    body = 0;
                    yield new Key(TextLocation.of(Part.HEADING, heading, 0), block.number().length(), false);
                }
                case BODY -> new Key(TextLocation.of(Part.SECTION_BODY, Math.max(heading, 0), blank ? body : body++), 0, blank);
                case PROBLEM -> new Key(TextLocation.of(Part.PROBLEM, problem++, 0), 0, blank);
                case ATTACHMENT_TITLE -> {
                    attachment++;
                    attachmentBody = 0;
                    // the document shows "附件1  名称"; the attachment's page prints the name alone
                    int label = text.indexOf("  ");
                    yield new Key(TextLocation.of(Part.ATTACHMENT_TITLE, attachment, 0), label < 0 ? 0 : -(label + 2), false);
                }
                case ATTACHMENT_BODY -> new Key(TextLocation.of(Part.ATTACHMENT_BODY, Math.max(attachment, 0),
                        blank ? attachmentBody : attachmentBody++), 0, blank);
                case ISSUER -> new Key(TextLocation.of(Part.ISSUER, issuer++, 0), 0, blank);
                case DATE -> new Key(TextLocation.of(Part.DATE, 0, 0), 0, blank);
            };
        }
    }

    /** Where the character at {@code column} of document paragraph {@code paragraph} prints. */
    public Optional<TextLocation> locationOf(int paragraph, int column) {
        if (paragraph < 0 || paragraph >= keys.length) {
            return Optional.empty();
        }
        Key key = keys[paragraph];
        if (key.blank()) {
            return Optional.of(key.at()); // a blank line prints nowhere: the next stored paragraph's start
        }
        String text = paragraphs.get(paragraph).text();
        int at = Math.max(0, printedLength(text, Math.min(column, text.length())) + key.shift());
        return Optional.of(key.at().plus(at));
    }

    /** The document's characters of a stretch of printed text. */
    public Optional<Span> spanOf(Printed text) {
        TextLocation start = text.start();
        int length = text.length();
        for (int p = 0; p < keys.length; p++) {
            Key key = keys[p];
            if (!key.blank() && key.at().sameParagraph(start)) {
                String shown = paragraphs.get(p).text();
                int from = column(shown, start.offset() - key.shift());
                int to = column(shown, start.offset() + length - key.shift());
                return Optional.of(new Span(p, from, Math.max(from, to)));
            }
        }
        return Optional.empty();
    }

    /**
     * The printed line of page {@code page} holding {@code clicked}: its first location and length,
     * counting only the runs of the clicked paragraph (a run-in heading shares its line with its body).
     */
    public static Optional<Printed> lineOf(LaidOutReport pages, int page, TextLocation clicked) {
        if (page < 0 || page >= pages.pageCount()) {
            return Optional.empty();
        }
        for (PlacedLine line : pages.pages().get(page).lines()) {
            int from = Integer.MAX_VALUE;
            int to = -1;
            boolean holds = false;
            for (PlacedRun run : line.runs()) {
                TextLocation at = run.location();
                if (at.sameParagraph(clicked)) {
                    from = Math.min(from, at.offset());
                    to = Math.max(to, at.offset() + run.text().length());
                    holds |= at.offset() <= clicked.offset() && clicked.offset() < at.offset() + run.text().length();
                }
            }
            if (holds) {
                return Optional.of(new Printed(clicked.plus(from - clicked.offset()), to - from));
            }
        }
        return Optional.empty();
    }

    /** How many characters print for the first {@code column} of {@code text}; a column inside a reference counts from its start. */
    private int printedLength(String text, int column) {
        if (text.indexOf("{{") < 0) {
            return column;
        }
        int open = column == 0 ? -1 : text.lastIndexOf("{{", column - 1);
        if (open >= 0) {
            int close = text.indexOf("}}", open);
            if (close >= 0 && column < close + 2) {
                column = open; // the prefix would cut the reference: count up to where it starts
            }
        }
        return printed.resolve(text.substring(0, column)).length();
    }

    /** The first column whose printed offset reaches {@code printedOffset}. */
    private int column(String text, int printedOffset) {
        if (printedOffset <= 0) {
            return 0;
        }
        if (text.indexOf("{{") < 0) {
            return Math.min(printedOffset, text.length());
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (printedLength(text, mid) < printedOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
