package org.nianbao.layout;

import java.util.List;

/**
 * A paragraph of the official format before it is broken into lines: its text, how it is set, and
 * what it asks of the page it lands on. Lengths in points, heights in twips (the grid is in twips).
 *
 * @param right          text set flush right on the same line (签发人, 印发日期), or empty
 * @param lineHeight     every line of the paragraph is exactly this high (twips)
 * @param spaceBefore    room above the first line (twips)
 * @param keepWithNext   never the last paragraph on a page (the issuers stay with the date)
 * @param headingLevel   1 to 4 for a heading (standalone or run-in), 0 otherwise
 * @param ruleBelow      a rule at the bottom of the paragraph (the red separator), or null
 */
record Block(List<Span> spans, List<Span> right, LineBreaker.Align align, double leftIndent, double rightIndent,
             double firstIndent, int lineHeight, int spaceBefore, boolean pageBreakBefore, boolean keepWithNext,
             int headingLevel, Rule ruleBelow, Kind kind) {

    /** What the page rules need to know of a paragraph. */
    enum Kind { HEADER, TITLE, TEXT, BLANK, SIGNATURE, ATTACHMENT }

    Block {
        spans = List.copyOf(spans);
        right = List.copyOf(right);
    }

    static Block of(List<Span> spans, LineBreaker.Align align, double firstIndent, Kind kind) {
        return new Block(spans, List.of(), align, 0, 0, firstIndent, org.nianbao.format.GongwenPage.LINE_PITCH, 0,
                false, false, 0, null, kind);
    }

    Block withIndents(double left, double rightIndent, double first) {
        return new Block(spans, right, align, left, rightIndent, first, lineHeight, spaceBefore, pageBreakBefore,
                keepWithNext, headingLevel, ruleBelow, kind);
    }

    Block withHeading(int level) {
        return new Block(spans, right, align, leftIndent, rightIndent, firstIndent, lineHeight, spaceBefore,
                pageBreakBefore, keepWithNext, level, ruleBelow, kind);
    }

    Block withPageBreakBefore() {
        return new Block(spans, right, align, leftIndent, rightIndent, firstIndent, lineHeight, spaceBefore, true,
                keepWithNext, headingLevel, ruleBelow, kind);
    }

    Block withKeepWithNext() {
        return new Block(spans, right, align, leftIndent, rightIndent, firstIndent, lineHeight, spaceBefore,
                pageBreakBefore, true, headingLevel, ruleBelow, kind);
    }

    Block withHeight(int spaceAbove, int height, Rule rule) {
        return new Block(spans, right, align, leftIndent, rightIndent, firstIndent, height, spaceAbove,
                pageBreakBefore, keepWithNext, headingLevel, rule, kind);
    }

    Block withRight(List<Span> value) {
        return new Block(spans, value, align, leftIndent, rightIndent, firstIndent, lineHeight, spaceBefore,
                pageBreakBefore, keepWithNext, headingLevel, ruleBelow, kind);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
