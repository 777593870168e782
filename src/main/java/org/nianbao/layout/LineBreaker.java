package org.nianbao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines the way Word sets Chinese text: characters fill the line; a closing
 * mark that no longer fits hangs in the margin (标点溢出, Word's default; which marks hang is the
 * {@link Typesetting}'s) unless another closing mark follows it, in which case the last character is
 * pushed down with them (推出); an opening mark never ends a line; ASCII words and numbers (2023, 97.24%, GB/T) never split.
 * Lines but the last are justified, the extra room spread between the characters.
 */
final class LineBreaker {

    enum Align { JUSTIFY, LEFT, CENTER, RIGHT }

    /** Rounding slack: 28 characters of 15.75 pt fill 442.2 pt with 1.2 pt to spare. */
    private static final double EPSILON = 0.01;

    /** Condensing of every character (CHARACTER_CONDENSE, -0.25 pt). */
    static final double CONDENSE = org.nianbao.format.GongwenPage.CHARACTER_CONDENSE / 20.0;

    private final GlyphWidths widths;
    private final Typesetting typesetting;

    LineBreaker(GlyphWidths widths) {
        this(widths, Typesetting.word());
    }

    LineBreaker(GlyphWidths widths, Typesetting typesetting) {
        this.widths = widths;
        this.typesetting = typesetting;
    }

    /** A paragraph ready to break: its characters, their spans and advances. */
    final class Text {
        final List<Span> spans;
        final char[] chars;
        final double[] advance;
        /** Room before a character that is not at the start of a line (Asian-Latin spacing). */
        final double[] gap;
        /** The span of each character. */
        final int[] spanOf;
        final int[] spanStart;

        Text(List<Span> spans, double condense) {
            this.spans = spans;
            int n = 0;
            for (Span s : spans) {
                n += s.text().length();
            }
            chars = new char[n];
            advance = new double[n];
            gap = new double[n];
            spanOf = new int[n];
            spanStart = new int[spans.size()];
            int at = 0;
            for (int k = 0; k < spans.size(); k++) {
                Span s = spans.get(k);
                spanStart[k] = at;
                for (int i = 0; i < s.text().length(); i++) {
                    char c = s.text().charAt(i);
                    chars[at] = c;
                    spanOf[at] = k;
                    advance[at] = widths.em(s.fontOf(c), c) * s.size() + condense;
                    if (at > 0 && typesetting.asianLatinSpace() > 0 && chineseMeetsLatin(chars[at - 1], c)) {
                        gap[at] = typesetting.asianLatinSpace() * s.size();
                    }
                    at++;
                }
            }
        }

        private static boolean chineseMeetsLatin(char a, char b) {
            return Character.isIdeographic(a) && latin(b) || Character.isIdeographic(b) && latin(a);
        }

        private static boolean latin(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }

        int length() {
            return chars.length;
        }

        /** A line may break before character {@code i}. */
        boolean breakBefore(int i) {
            if (i <= 0 || i >= chars.length) {
                return true;
            }
            char before = chars[i - 1];
            char after = chars[i];
            if (CharClass.wordPart(before) && CharClass.wordPart(after)) {
                return false;
            }
            return typesetting.mayStartLine(after) && !CharClass.noLineEnd(before);
        }
    }

    /** One line: characters [start, end) with the x of each, from the left edge of the line box. */
    record Line(int start, int end, double[] x) {
    }

    Text text(List<Span> spans) {
        return new Text(spans, CONDENSE);
    }

    Text text(List<Span> spans, double condense) {
        return new Text(spans, condense);
    }

    /**
     * @param width       room for the text on the line, after the indents
     * @param firstIndent how much further in the first line starts
     */
    List<Line> breakLines(Text t, double width, double firstIndent, Align align) {
        List<Line> lines = new ArrayList<>();
        int n = t.length();
        int start = 0;
        if (n == 0) {
            lines.add(new Line(0, 0, new double[0]));
            return lines;
        }
        while (start < n) {
            double indent = lines.isEmpty() ? firstIndent : 0;
            double room = width - indent;
            double used = 0;
            int i = start;
            while (i < n && used + (i > start ? t.gap[i] : 0) + t.advance[i] <= room + EPSILON) {
                used += (i > start ? t.gap[i] : 0) + t.advance[i];
                i++;
            }
            if (i == n) {
                lines.add(place(t, start, n, room, indent, align, true));
                break;
            }
            int end = i;
            boolean hangs = false;
            if (t.chars[i] == ' ') {
                end = i + 1; // a space at the end of a line takes no room
            } else if (i > start && !typesetting.mayStartLine(t.chars[i])
                    && typesetting.hanging().hangs(t.chars[i - 1], t.chars[i], i + 1 < n ? t.chars[i + 1] : 0)) {
                end = i + 1;
                hangs = true;
            } else {
                while (end > start + 1 && !t.breakBefore(end)) {
                    end--;
                }
                if (end <= start + 1 && !t.breakBefore(end)) {
                    end = Math.max(i, start + 1); // a word longer than the line: break it where it ends
                }
            }
            lines.add(place(t, start, end, room, indent, align, false, hangs));
            start = end;
            while (start < n && t.chars[start] == ' ') {
                start++;
            }
        }
        return lines;
    }

    private Line place(Text t, int start, int end, double room, double indent, Align align, boolean last) {
        return place(t, start, end, room, indent, align, last, false);
    }

    private Line place(Text t, int start, int end, double room, double indent, Align align, boolean last,
                       boolean hangs) {
        int visibleEnd = end;
        while (visibleEnd > start && t.chars[visibleEnd - 1] == ' ') {
            visibleEnd--;
        }
        int measuredEnd = hangs ? visibleEnd - 1 : visibleEnd;
        double natural = 0;
        for (int i = start; i < measuredEnd; i++) {
            natural += (i > start ? t.gap[i] : 0) + t.advance[i];
        }
        double extra = 0;
        double shift = indent;
        Align effective = align == Align.JUSTIFY && last ? Align.LEFT : align;
        switch (effective) {
            case CENTER -> shift += Math.max(0, (room - natural) / 2);
            case RIGHT -> shift += Math.max(0, room - natural);
            case JUSTIFY -> {
                int gaps = 0;
                for (int i = start + 1; i < measuredEnd; i++) {
                    if (t.breakBefore(i) || !CharClass.wordPart(t.chars[i])) {
                        gaps++;
                    }
                }
                if (gaps > 0 && room > natural) {
                    extra = (room - natural) / gaps;
                }
            }
            default -> { }
        }
        double[] x = new double[end - start];
        double at = shift;
        for (int i = start; i < end; i++) {
            if (i > start) {
                at += t.gap[i];
            }
            if (i > start && extra > 0 && i < measuredEnd
                    && (t.breakBefore(i) || !CharClass.wordPart(t.chars[i]))) {
                at += extra;
            }
            x[i - start] = at;
            at += t.advance[i];
        }
        return new Line(start, end, x);
    }

    /**
     * The runs of a line: one for each stretch of one face and one span, x moved by {@code left}.
     */
    static List<PlacedRun> runs(Text t, Line line, double left, double baseline) {
        List<PlacedRun> runs = new ArrayList<>();
        int i = line.start();
        int end = line.end();
        while (end > i && t.chars[end - 1] == ' ') {
            end--;
        }
        while (i < end) {
            int k = t.spanOf[i];
            Span span = t.spans.get(k);
            FontRole font = span.fontOf(t.chars[i]);
            int j = i + 1;
            while (j < end && t.spanOf[j] == k && span.fontOf(t.chars[j]) == font) {
                j++;
            }
            double[] x = new double[j - i];
            for (int m = i; m < j; m++) {
                x[m - i] = left + line.x()[m - line.start()];
            }
            runs.add(new PlacedRun(font, span.size(), new String(t.chars, i, j - i), x, t.advance[j - 1],
                    baseline, span.color(), span.at().plus(i - t.spanStart[k])));
            i = j;
        }
        return runs;
    }
}
