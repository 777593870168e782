package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.text.ChineseNumerals;
import org.nianbao.text.SectionNumbering;

/**
 * 一是……二是……三是…… sequences: each must follow the one before (no gap, no repeat, no going
 * back). A sequence runs through a paragraph and on into the next paragraphs of the section when
 * they open with the next marker (the one-item-per-paragraph layout).
 */
final class EnumerationRule implements Rule {

    /** What may stand before a marker: "统一是" is not one. */
    private static final String BOUNDARY = "。；;：:，,！？!? \"“”’）)\n\t";

    /** [start, end) of each 一是-style marker: numerals then 是, at the start or after punctuation. */
    static List<int[]> markers(String text) {
        List<int[]> out = new ArrayList<>();
        for (int at = text.indexOf('是'); at >= 0; at = text.indexOf('是', at + 1)) {
            int k = at;
            while (k > 0 && at - k < 3 && ChineseNumerals.isNumeralChar(text.charAt(k - 1))) {
                k--;
            }
            if (k < at && (k == 0 || BOUNDARY.indexOf(text.charAt(k - 1)) >= 0)) {
                out.add(new int[] {k, at + 1});
            }
        }
        return out;
    }

    @Override
    public void check(CheckContext context, List<Finding> out) {
        String section = null;
        int last = 0;
        for (ProseUnit unit : context.paragraphs()) {
            if (!unit.section().equals(section)) {
                section = unit.section();
                last = 0;
            }
            String text = unit.text();
            boolean first = true;
            boolean any = false;
            for (int[] m : markers(text)) {
                int start = m[0];
                int end = m[1];
                int n = ChineseNumerals.toInt(text.substring(start, end - 1));
                if (n < 1) {
                    continue;
                }
                String marker = text.substring(start, end);
                if (first && start > 0) {
                    last = 0; // a sequence inside the paragraph starts afresh
                }
                if (first && start == 0 && n != last + 1 && n == 1) {
                    last = 0;
                }
                first = false;
                any = true;
                if (n != last + 1) {
                    String expected = SectionNumbering.enumerationMarker(last + 1);
                    out.add(last == 0 ? Findings.violation(RuleId.ENUMERATION, unit, start, end, "first", marker)
                            : Findings.violation(RuleId.ENUMERATION, unit, start, end, "next",
                                    SectionNumbering.enumerationMarker(last), expected, marker));
                }
                last = n;
            }
            if (!any) {
                last = 0;
            }
        }
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.ENUMERATION);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.ENUMERATION, "一是完善制度；二是规范执法；三是加强监督。"),
                RuleExample.caught(RuleId.ENUMERATION, "一是完善制度；二是规范执法；四是加强监督。"));
    }
}
