package org.nianbao.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year in the title, a heading or the preamble that is not the report's year: the trace of a copy
 * of last year's report ("2020年…主要成效" in the 2021 report). The next year is allowed (plans),
 * and so are years inside a title in 《》 (a plan for 2015–2020 keeps its name).
 */
final class YearRule implements Rule {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?=年)");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        int year = context.report().year();
        for (ProseUnit unit : context.prose()) {
            if (!unit.heading() && !unit.preamble()) {
                continue;
            }
            String text = unit.text();
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int found = Integer.parseInt(m.group(1));
                if (found == year || found == year + 1 || insideBookTitle(text, m.start())) {
                    continue;
                }
                String where = Findings.text(RuleId.STALE_YEAR,
                        unit.heading() ? (unit.section().isEmpty() ? "part.title" : "part.heading") : "part.preamble");
                out.add(Findings.violation(RuleId.STALE_YEAR, unit, m.start(), m.end() + 1, "stale", where, found, year));
            }
        }
    }

    private static boolean insideBookTitle(String text, int offset) {
        int open = text.lastIndexOf('《', offset);
        return open >= 0 && text.lastIndexOf('》', offset) < open;
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.STALE_YEAR);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.STALE_YEAR, "2020年，示例区坚持依法行政，现将有关情况报告如下：").asPreamble(),
                RuleExample.caught(RuleId.STALE_YEAR, "2019年，示例区坚持依法行政，现将有关情况报告如下：").asPreamble());
    }
}
