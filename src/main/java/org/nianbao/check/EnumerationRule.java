package org.nianbao.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.ChineseNumerals;
import org.nianbao.text.SectionNumbering;

/**
 * 一是……二是……三是…… sequences: each must follow the one before (no gap, no repeat, no going
 * back). A sequence runs through a paragraph and on into the next paragraphs of the section when
 * they open with the next marker (the one-item-per-paragraph layout).
 */
final class EnumerationRule implements Rule {

    static final String RULE = "enumeration";

    /** A marker opens the text or follows punctuation: "统一是" is not one. */
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=[。；;：:，,！？!?\\s\"“”’）)]))([一二三四五六七八九十]{1,3})是");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        String section = null;
        int last = 0;
        for (ProseUnit unit : context.paragraphs()) {
            if (!unit.section().equals(section)) {
                section = unit.section();
                last = 0;
            }
            Matcher m = MARKER.matcher(unit.text());
            boolean first = true;
            boolean any = false;
            while (m.find()) {
                int n = ChineseNumerals.toInt(m.group(1));
                if (n < 1) {
                    continue;
                }
                if (first && m.start() > 0) {
                    last = 0; // a sequence inside the paragraph starts afresh
                }
                if (first && m.start() == 0 && n != last + 1 && n == 1) {
                    last = 0;
                }
                first = false;
                any = true;
                if (n != last + 1) {
                    String expected = SectionNumbering.enumerationMarker(last + 1);
                    out.add(Findings.violation(RULE, Severity.WARNING, unit, m.start(), m.end(), (last == 0
                            ? "列举应从“一是”开始，这里是“" + m.group() + "”。"
                            : "“" + SectionNumbering.enumerationMarker(last) + "”之后应为“" + expected + "”，这里是“"
                                    + m.group() + "”。") + "删去或调整某项后，请重新编排序号。"));
                }
                last = n;
            }
            if (!any) {
                last = 0;
            }
        }
    }
}
