package org.nianbao.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.WrittenNumber;
import org.nianbao.text.ChineseNumerals;
import org.nianbao.text.HeadingMarker;
import org.nianbao.text.SectionNumbering;

/**
 * Numbering that the text carries by hand. Heading numbers are derived from position, so a heading
 * whose text still starts with a number (pasted or left from last year: "四、…" where it is now the
 * third part) is flagged; so are paragraphs numbered by hand (1. 2. 4.; （1）（2）（4）) whose
 * numbers skip or go backwards.
 */
final class NumberingRule implements Rule {

    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^\\s*(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|([0-9]{1,2})[.．、](?![0-9])"
                    + "|[（(]([0-9]{1,2})[）)])");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        checkWrittenNumbers(context, out);
        String section = null;
        int expectedNext = 0;
        String style = null;
        for (ProseUnit unit : context.prose()) {
            if (unit.preamble() && unit.heading()) {
                continue; // the title
            }
            Matcher m = HEADING_NUMBER.matcher(unit.text());
            if (unit.heading()) {
                if (m.find()) {
                    String label = expectedLabel(unit.section());
                    out.add(Findings.violation(RuleId.NUMBERING, unit, m.start(), m.end(), "heading", m.group().strip(),
                            label.isEmpty() ? "" : Findings.text(RuleId.NUMBERING, "part.here", label)));
                }
                continue;
            }
            if (!unit.section().equals(section)) {
                section = unit.section();
                expectedNext = 0;
                style = null;
            }
            if (!m.find()) {
                continue;
            }
            String thisStyle = style(m);
            int number = number(m);
            if (!thisStyle.equals(style)) {
                style = thisStyle;
                expectedNext = 1;
            }
            if (number != expectedNext) {
                out.add(Findings.violation(RuleId.NUMBERING, unit, m.start(), m.end(), "paragraph", m.group().strip(),
                        expectedNext));
            }
            expectedNext = number + 1;
        }
    }

    /**
     * The headings' numbers as the imported file wrote them (decision 0015): the report numbers by
     * position, so a gap in the file ((二) then (四)) is closed here but still stands in the officer's
     * Word file. Two neighbouring sections are compared only when both still carry their number from
     * the file; an edited, moved or newly typed section carries none.
     */
    private static void checkWrittenNumbers(CheckContext context, List<Finding> out) {
        Map<String, ProseUnit> headings = new HashMap<>();
        for (ProseUnit unit : context.prose()) {
            if (unit.heading() && !unit.preamble()) {
                headings.putIfAbsent(unit.section(), unit);
            }
        }
        Map<List<Integer>, HeadingMarker> previous = new HashMap<>();
        for (OutlineEntry entry : context.report().outline()) {
            List<Integer> path = entry.path();
            List<Integer> parent = path.subList(0, path.size() - 1);
            WrittenNumber written = entry.section().written();
            HeadingMarker marker = written == null ? null
                    : HeadingMarker.parse(written.marker() + "文").filter(m -> m.level() == entry.level()).orElse(null);
            boolean first = path.get(path.size() - 1) == 1;
            HeadingMarker before = first ? null : previous.get(parent);
            previous.put(parent, marker);
            ProseUnit unit = headings.get(CheckContext.path(path));
            if (marker == null || unit == null || (!first && before == null)) {
                continue;
            }
            int expected = first ? 1 : before.number() + 1;
            if (marker.number() == expected) {
                continue;
            }
            String place = Findings.text(RuleId.NUMBERING, written.inWord() ? "part.paragraph" : "part.line",
                    written.line());
            String now = SectionNumbering.label(entry.level(), path.get(path.size() - 1));
            Finding finding;
            if (first) {
                finding = Findings.violation(RuleId.NUMBERING, unit, 0, unit.text().length(), "written.first", place, written.marker(),
                        label(entry.level(), 1), now);
            } else if (marker.number() > expected) {
                finding = Findings.violation(RuleId.NUMBERING, unit, 0, unit.text().length(), "written.gap", place,
                        label(entry.level(), before.number()), written.marker(),
                        missing(entry.level(), expected, marker.number()), now);
            } else {
                finding = Findings.violation(RuleId.NUMBERING, unit, 0, unit.text().length(), "written.wrong", place,
                        label(entry.level(), before.number()), written.marker(), label(entry.level(), expected), now);
            }
            out.add(finding);
        }
    }

    private static String label(int level, int number) {
        return SectionNumbering.label(level, number);
    }

    /** "（三）" or "（三）、（四）" or "（三）至（六）": the numbers a gap leaves out. */
    private static String missing(int level, int from, int to) {
        if (to - from == 1) {
            return label(level, from);
        }
        if (to - from == 2) {
            return label(level, from) + "、" + label(level, from + 1);
        }
        return Findings.text(RuleId.NUMBERING, "part.range", label(level, from), label(level, to - 1));
    }

    private static String style(Matcher m) {
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                return String.valueOf(g);
            }
        }
        return "";
    }

    private static int number(Matcher m) {
        if (m.group(1) != null) {
            return ChineseNumerals.toInt(m.group(1));
        }
        if (m.group(2) != null) {
            return ChineseNumerals.toInt(m.group(2));
        }
        return Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
    }

    private static final Pattern LAST_LABEL = Pattern.compile(
            "(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\\.|（[0-9]+）)$");

    /** The last label of a numbering path (as {@link SectionNumbering#path} writes it): "一、（五）" → "（五）". */
    private static String expectedLabel(String path) {
        Matcher m = LAST_LABEL.matcher(path);
        return m.find() ? m.group() : "";
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.NUMBERING);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.NUMBERING, "1.完善制度。\n2.规范执法。\n3.加强监督。"),
                RuleExample.caught(RuleId.NUMBERING, "1.完善制度。\n2.规范执法。\n4.加强监督。"));
    }
}
