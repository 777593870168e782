package org.nianbao.layout;

import static org.nianbao.format.GongwenPage.*;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.layout.LineBreaker.Align;
import org.nianbao.layout.TextLocation.Part;
import org.nianbao.model.EndBlock;
import org.nianbao.model.Report;
import org.nianbao.text.PrintedText;

/**
 * Sets a report on A4 pages in the official format (GB/T 9704-2012, FORMAT.md): 22 lines of 28
 * characters, the fonts and indents of the Word export, page numbers "— N —" odd right and even left,
 * attachments on new pages, and the page rules the standard adds: the issuers and date never alone on
 * a page (the last body lines come over with them), the end block (版记) on the last page, which is
 * even (a blank page without a number comes in between when needed).
 *
 * <p>No JavaFX, no POI: the preview, the PDF and the OFD writers and the page checks all read the
 * same pages. Thread-safe: a layout shares nothing but the widths.
 */
public final class PageLayout {

    static final double PT = 1 / 20.0;
    /** The baseline sits this far (in em) below the middle of its line: the em box is centred. */
    private static final double BASELINE_BELOW_MIDDLE = 0.38;
    /** Body lines that come over to the next page with the issuers and date. */
    static final int LINES_PULLED_WITH_SIGNATURE = 2;

    private final GlyphWidths widths;
    private final LineBreaker breaker;
    private final Typesetting typesetting;

    public PageLayout(GlyphWidths widths) {
        this(widths, Typesetting.word());
    }

    public PageLayout(GlyphWidths widths, Typesetting typesetting) {
        this.widths = widths;
        this.breaker = new LineBreaker(widths, typesetting);
        this.typesetting = typesetting;
    }

    /** One line of a paragraph, waiting for its page. */
    private record Slot(LineBreaker.Text text, LineBreaker.Line line, Block block, boolean first, boolean last,
                        List<PlacedRun> rightRuns) {

        int height() {
            return (first ? block.spaceBefore() : 0) + block.lineHeight();
        }
    }

    public LaidOutReport layOut(Report report) {
        List<Slot> slots = new ArrayList<>();
        for (Block block : ReportBlocks.of(report, typesetting)) {
            addLines(block, slots);
        }
        List<String> notes = new ArrayList<>();
        List<List<Slot>> paged = paginate(slots, notes);
        List<Page> pages = new ArrayList<>();
        List<HeadingMark> headings = new ArrayList<>();
        for (int p = 0; p < paged.size(); p++) {
            pages.add(page(paged.get(p), p, headings));
        }
        if (report.settings().endEnabled()) {
            if (pages.size() % 2 == 0) {
                pages.add(new Page(0, List.of(), List.of()));
            }
            pages.add(endBlockPage(report.settings().end()));
        }
        return new LaidOutReport(pages, headings, notes);
    }

    private void addLines(Block block, List<Slot> slots) {
        double width = TEXT_WIDTH * PT - block.leftIndent() - block.rightIndent();
        LineBreaker.Text text = breaker.text(block.spans());
        List<LineBreaker.Line> lines = breaker.breakLines(text, width, block.firstIndent(), block.align());
        List<PlacedRun> right = List.of();
        if (!block.right().isEmpty()) {
            LineBreaker.Text r = breaker.text(block.right());
            right = LineBreaker.runs(r, breaker.breakLines(r, width, 0, Align.RIGHT).get(0),
                    MARGIN_LEFT * PT + block.leftIndent(), 0);
        }
        for (int i = 0; i < lines.size(); i++) {
            slots.add(new Slot(text, lines.get(i), block, i == 0, i == lines.size() - 1, i == 0 ? right : List.of()));
        }
    }

    /**
     * Fills pages with lines. A page break before a paragraph starts a page; the issuers and date
     * (with the blank lines above them) go to the next page together when they do not fit, and the
     * last body lines come with them, so that they never stand alone on a page.
     */
    private static List<List<Slot>> paginate(List<Slot> slots, List<String> notes) {
        List<List<Slot>> pages = new ArrayList<>();
        List<Slot> page = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.first() && slot.block().pageBreakBefore() && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            boolean signatureStarts = slot.block().kind() == Block.Kind.SIGNATURE
                    && (i == 0 || slots.get(i - 1).block().kind() != Block.Kind.SIGNATURE);
            int needed = signatureStarts ? signatureHeight(slots, i) : slot.height();
            if (used + needed > TEXT_HEIGHT && !page.isEmpty()) {
                List<Slot> next = new ArrayList<>();
                if (signatureStarts) {
                    int pulled = 0;
                    while (pulled < LINES_PULLED_WITH_SIGNATURE && page.size() > 1
                            && page.get(page.size() - 1).block().kind() == Block.Kind.TEXT) {
                        next.add(0, page.remove(page.size() - 1));
                        pulled++;
                    }
                    if (pulled == 0) {
                        notes.add("落款和成文日期单独成页：请调整正文，使其与正文同页");
                    }
                }
                pages.add(page);
                page = next;
                used = 0;
                for (Slot s : page) {
                    used += s.height();
                }
            }
            page.add(slot);
            used += slot.height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static int signatureHeight(List<Slot> slots, int from) {
        int h = 0;
        for (int i = from; i < slots.size() && slots.get(i).block().kind() == Block.Kind.SIGNATURE; i++) {
            h += slots.get(i).height();
        }
        return h;
    }

    private Page page(List<Slot> slots, int index, List<HeadingMark> headings) {
        List<PlacedLine> lines = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        int y = 0;
        for (Slot slot : slots) {
            if (slot.first()) {
                y += slot.block().spaceBefore();
            }
            double top = (MARGIN_TOP + y) * PT;
            double height = slot.block().lineHeight() * PT;
            double size = slot.block().spans().isEmpty() ? 16 : slot.block().spans().get(0).size();
            double baseline = top + height / 2 + BASELINE_BELOW_MIDDLE * size;
            List<PlacedRun> runs = new ArrayList<>(LineBreaker.runs(slot.text(), slot.line(),
                    MARGIN_LEFT * PT + slot.block().leftIndent(), baseline));
            for (PlacedRun r : slot.rightRuns()) {
                runs.add(new PlacedRun(r.font(), r.size(), r.text(), r.x(), r.width(), baseline, r.color(), r.location()));
            }
            lines.add(new PlacedLine(top, height, runs));
            if (slot.first() && slot.block().headingLevel() > 0) {
                headings.add(new HeadingMark(slot.block().headingLevel(), slot.block().spans().get(0).text(), index, top));
            }
            Rule rule = slot.block().ruleBelow();
            if (rule != null && slot.last()) {
                rules.add(new Rule(rule.x1(), rule.x2(), top + height, rule.thickness(), rule.color()));
            }
            y += slot.block().lineHeight();
        }
        int number = index + 1;
        lines.add(pageNumber(number));
        return new Page(number, lines, rules);
    }

    /** "— N —" in 4号 宋体, 7 mm below the text area, odd pages right and even pages left, 1 character in. */
    private PlacedLine pageNumber(int number) {
        double size = SIZE_4HAO / 2.0;
        String text = PAGE_NUMBER_DASH + " " + number + " " + PAGE_NUMBER_DASH;
        Span span = new Span(text, FontRole.PAGE_NUMBER, false, size, Span.BLACK,
                TextLocation.of(Part.PAGE_NUMBER, number, 0));
        LineBreaker.Text t = breaker.text(List.of(span), 0);
        double inset = PAGE_NUMBER_INSET * PT;
        double width = TEXT_WIDTH * PT - inset;
        Align align = number % 2 == 1 ? Align.RIGHT : Align.LEFT;
        LineBreaker.Line line = breaker.breakLines(t, width, 0, align).get(0);
        double left = MARGIN_LEFT * PT + (number % 2 == 1 ? 0 : inset);
        double middle = (MARGIN_TOP + TEXT_HEIGHT + PAGE_NUMBER_BELOW_TEXT) * PT;
        double height = size * 1.5;
        return new PlacedLine(middle - height / 2, height,
                LineBreaker.runs(t, line, left, middle + BASELINE_BELOW_MIDDLE * size));
    }

    /**
     * 版记 on a page of its own: 抄送 and 印发机关/印发日期 between rules as wide as the text area, the
     * last rule on the bottom edge of the text area; 4号, 1 character in on both sides.
     */
    private Page endBlockPage(EndBlock end) {
        double size = SIZE_4HAO / 2.0;
        double small = SMALL_CHAR * PT;
        double left = MARGIN_LEFT * PT;
        double right = (MARGIN_LEFT + TEXT_WIDTH) * PT;
        double pitch = LINE_PITCH * PT;
        double bottom = (MARGIN_TOP + TEXT_HEIGHT) * PT;
        List<PlacedLine> lines = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        String copyTo = end.copyTo() == null ? "" : PrintedText.withoutClosingPunctuation(end.copyTo());
        List<LineBreaker.Line> copyLines = List.of();
        LineBreaker.Text copyText = null;
        double copyIndent = END_BLOCK_INSET * PT + 3 * small;
        if (!copyTo.isEmpty()) {
            copyText = breaker.text(List.of(new Span("抄送：" + copyTo + "。", FontRole.BODY, true, size, Span.BLACK,
                    TextLocation.of(Part.END_BLOCK, 0, 0))));
            copyLines = breaker.breakLines(copyText, TEXT_WIDTH * PT - copyIndent - END_BLOCK_INSET * PT, -3 * small,
                    Align.JUSTIFY);
        }
        double top = bottom - pitch * (1 + copyLines.size());
        rules.add(new Rule(left, right, top, 1.0, Span.BLACK));
        for (LineBreaker.Line line : copyLines) {
            lines.add(new PlacedLine(top, pitch, LineBreaker.runs(copyText, line, left + copyIndent,
                    top + pitch / 2 + BASELINE_BELOW_MIDDLE * size)));
            top += pitch;
        }
        if (!copyLines.isEmpty()) {
            rules.add(new Rule(left, right, top, 0.75, Span.BLACK));
        }
        String printedBy = end.printedBy() == null ? "" : end.printedBy().strip();
        String date = end.printDate() == null ? "" : PrintedText.date(end.printDate()) + "印发";
        double baseline = top + pitch / 2 + BASELINE_BELOW_MIDDLE * size;
        List<PlacedRun> runs = new ArrayList<>();
        double room = TEXT_WIDTH * PT - 2 * END_BLOCK_INSET * PT;
        if (!printedBy.isEmpty()) {
            LineBreaker.Text t = breaker.text(List.of(new Span(printedBy, FontRole.BODY, true, size, Span.BLACK,
                    TextLocation.of(Part.END_BLOCK, 1, 0))));
            runs.addAll(LineBreaker.runs(t, breaker.breakLines(t, room, 0, Align.LEFT).get(0), left + small, baseline));
        }
        if (!date.isEmpty()) {
            LineBreaker.Text t = breaker.text(List.of(new Span(date, FontRole.BODY, true, size, Span.BLACK,
                    TextLocation.of(Part.END_BLOCK, 2, 0))));
            runs.addAll(LineBreaker.runs(t, breaker.breakLines(t, room, 0, Align.RIGHT).get(0), left + small, baseline));
        }
        lines.add(new PlacedLine(top, pitch, runs));
        rules.add(new Rule(left, right, bottom, 1.0, Span.BLACK));
        return new Page(0, lines, rules);
    }

    /** The widths this layout measures with. */
    public GlyphWidths widths() {
        return widths;
    }
}
