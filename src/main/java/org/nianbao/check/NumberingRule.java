package org.nianbao.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.ChineseNumerals;
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
                    out.add(Findings.violation(RuleId.NUMBERING, Severity.WARNING, unit, m.start(), m.end(), CheckMessages.get("numbering.heading",
                            m.group().strip(), label.isEmpty() ? "" : CheckMessages.get("numbering.heading.here", label))));
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
                out.add(Findings.violation(RuleId.NUMBERING, Severity.WARNING, unit, m.start(), m.end(), CheckMessages.get("numbering.paragraph",
                        m.group().strip(), expectedNext)));
            }
            expectedNext = number + 1;
        }
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
