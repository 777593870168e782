package org.nianbao.export.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraph properties (w:pPr) the template and the exporter write, always in the order of
 * ECMA-376 Part 1 (pStyle, keepNext, pageBreakBefore, widowControl, pBdr, tabs, autoSpaceDE, autoSpaceDN,
 * snapToGrid, spacing, ind, jc, outlineLvl, rPr, sectPr), whatever order they are set in.
 */
public final class ParagraphProperties {

    public enum Alignment { LEFT, CENTER, RIGHT, BOTH }

    public record Border(String side, int eighths, int spacePoints, String color) {
    }

    private String style;
    private boolean keepNext;
    private boolean pageBreakBefore;
    private Boolean widowControl;
    private final List<Border> borders = new ArrayList<>();
    private final List<String> tabs = new ArrayList<>();
    private boolean noAutoSpace;
    private Boolean snapToGrid;
    private Integer before;
    private Integer after;
    private Integer exactLine;
    private Integer left;
    private Integer leftChars;
    private Integer right;
    private Integer rightChars;
    private Integer firstLine;
    private Integer firstLineChars;
    private Integer hanging;
    private Integer hangingChars;
    private Alignment alignment;
    private Integer outlineLevel;
    private RunProperties markProperties;
    private String sectionProperties;

    public ParagraphProperties style(String styleId) {
        this.style = styleId;
        return this;
    }

    /** Keep on the same page as the next paragraph. */
    public ParagraphProperties keepNext() {
        this.keepNext = true;
        return this;
    }

    public ParagraphProperties pageBreakBefore() {
        this.pageBreakBefore = true;
        return this;
    }

    public ParagraphProperties widowControl(boolean value) {
        this.widowControl = value;
        return this;
    }

    /** A border line on one side ("top", "bottom") of the paragraph. */
    public ParagraphProperties border(String side, int eighths, int spacePoints, String color) {
        borders.add(new Border(side, eighths, spacePoints, color));
        return this;
    }

    /** A plain border that is switched off (overriding one the style has). */
    public ParagraphProperties noBorder(String side) {
        borders.add(new Border(side, 0, 0, null));
        return this;
    }

    public ParagraphProperties rightTab(int position) {
        tabs.add("<w:tab w:val=\"right\" w:pos=\"" + position + "\"/>");
        return this;
    }

    /** No automatic space between Chinese and Latin text or digits: it would break the grid count. */
    public ParagraphProperties noAutoSpace() {
        this.noAutoSpace = true;
        return this;
    }

    public ParagraphProperties snapToGrid(boolean value) {
        this.snapToGrid = value;
        return this;
    }

    public ParagraphProperties spaceBefore(int twips) {
        this.before = twips;
        return this;
    }

    public ParagraphProperties spaceAfter(int twips) {
        this.after = twips;
        return this;
    }

    public ParagraphProperties exactLine(int twips) {
        this.exactLine = twips;
        return this;
    }

    /** Left indent in characters (hundredths, as Word stores them) and in twips for LibreOffice. */
    public ParagraphProperties left(int twips, Integer hundredthsOfChars) {
        this.left = twips;
        this.leftChars = hundredthsOfChars;
        return this;
    }

    public ParagraphProperties right(int twips, Integer hundredthsOfChars) {
        this.right = twips;
        this.rightChars = hundredthsOfChars;
        return this;
    }

    public ParagraphProperties firstLine(int twips, Integer hundredthsOfChars) {
        this.firstLine = twips;
        this.firstLineChars = hundredthsOfChars;
        return this;
    }

    public ParagraphProperties hanging(int twips, Integer hundredthsOfChars) {
        this.hanging = twips;
        this.hangingChars = hundredthsOfChars;
        return this;
    }

    public ParagraphProperties align(Alignment value) {
        this.alignment = value;
        return this;
    }

    public ParagraphProperties outlineLevel(int zeroBased) {
        this.outlineLevel = zeroBased;
        return this;
    }

    /** Formatting of the paragraph mark. */
    public ParagraphProperties mark(RunProperties value) {
        this.markProperties = value;
        return this;
    }

    /** Section properties (w:sectPr, as XML) ending a section at this paragraph. */
    public ParagraphProperties sectionBreak(String sectPrXml) {
        this.sectionProperties = sectPrXml;
        return this;
    }

    public void appendTo(StringBuilder out) {
        int start = out.length();
        out.append("<w:pPr>");
        int content = out.length();
        if (style != null) {
            out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (keepNext) {
            out.append("<w:keepNext/>");
        }
        if (pageBreakBefore) {
            out.append("<w:pageBreakBefore/>");
        }
        if (widowControl != null) {
            out.append("<w:widowControl w:val=\"").append(widowControl ? 1 : 0).append("\"/>");
        }
        appendBorders(out);
        if (!tabs.isEmpty()) {
            out.append("<w:tabs>");
            tabs.forEach(out::append);
            out.append("</w:tabs>");
        }
        if (noAutoSpace) {
            out.append("<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>");
        }
        if (snapToGrid != null) {
            out.append("<w:snapToGrid w:val=\"").append(snapToGrid ? 1 : 0).append("\"/>");
        }
        appendSpacing(out);
        appendIndent(out);
        if (alignment != null) {
            String jc = switch (alignment) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
                case BOTH -> "both";
            };
            out.append("<w:jc w:val=\"").append(jc).append("\"/>");
        }
        if (outlineLevel != null) {
            out.append("<w:outlineLvl w:val=\"").append(outlineLevel).append("\"/>");
        }
        if (markProperties != null) {
            markProperties.appendTo(out);
        }
        if (sectionProperties != null) {
            out.append(sectionProperties);
        }
        if (out.length() == content) {
            out.setLength(start);
        } else {
            out.append("</w:pPr>");
        }
    }

    private void appendBorders(StringBuilder out) {
        if (borders.isEmpty()) {
            return;
        }
        out.append("<w:pBdr>");
        // schema order of pBdr: top, left, bottom, right, between, bar
        for (String side : List.of("top", "left", "bottom", "right")) {
            for (Border b : borders) {
                if (!b.side().equals(side)) {
                    continue;
                }
                if (b.color() == null) {
                    out.append("<w:").append(side).append(" w:val=\"nil\"/>");
                } else {
                    out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"").append(b.eighths())
                            .append("\" w:space=\"").append(b.spacePoints()).append("\" w:color=\"")
                            .append(b.color()).append("\"/>");
                }
            }
        }
        out.append("</w:pBdr>");
    }

    private void appendSpacing(StringBuilder out) {
        if (before == null && after == null && exactLine == null) {
            return;
        }
        out.append("<w:spacing");
        if (before != null) {
            out.append(" w:before=\"").append(before).append('"');
        }
        if (after != null) {
            out.append(" w:after=\"").append(after).append('"');
        }
        if (exactLine != null) {
            out.append(" w:line=\"").append(exactLine).append("\" w:lineRule=\"exact\"");
        }
        out.append("/>");
    }

    private void appendIndent(StringBuilder out) {
        if (left == null && right == null && firstLine == null && hanging == null) {
            return;
        }
        out.append("<w:ind");
        appendIf(out, "w:leftChars", leftChars);
        appendIf(out, "w:left", left);
        appendIf(out, "w:rightChars", rightChars);
        appendIf(out, "w:right", right);
        appendIf(out, "w:firstLineChars", firstLineChars);
        appendIf(out, "w:firstLine", firstLine);
        appendIf(out, "w:hangingChars", hangingChars);
        appendIf(out, "w:hanging", hanging);
        out.append("/>");
    }

    private static void appendIf(StringBuilder out, String name, Integer value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(value).append('"');
        }
    }
}
