package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Section;
import org.nianbao.text.ChineseNumerals;

/**
 * Outline completeness against the chosen template (a warning per missing part, never an error) and
 * the order of the parts. A report whose parts match the common three-part outline (成效, 问题,
 * 下一步) is complete against the five-part regulation when it mentions the leaders' duties
 * (第一责任人) in its body: that fold is noted as information only.
 */
final class OutlineRule implements Rule {

    private final OutlineTemplate template;

    OutlineRule(OutlineTemplate template) {
        this.template = template;
    }

    @Override
    public void check(CheckContext context, List<Finding> out) {
        List<Section> parts = context.report().sections();
        if (parts.isEmpty()) {
            return;
        }
        List<OutlineTemplate.Part> expected = template.parts();
        int[] matchedAt = new int[expected.size()];
        for (int k = 0; k < expected.size(); k++) {
            matchedAt[k] = -1;
        }
        for (int h = 0; h < parts.size(); h++) {
            int k = partOf(parts.get(h).heading(), expected);
            if (k >= 0 && matchedAt[k] < 0) {
                matchedAt[k] = h;
            }
        }
        Location whole = new Location("", Location.HEADING, 0, 0);
        String title = context.report().title();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < expected.size(); k++) {
            OutlineTemplate.Part part = expected.get(k);
            String label = Findings.text(RuleId.OUTLINE, "part.part", ChineseNumerals.toChinese(k + 1), part.heading());
            if (matchedAt[k] >= 0) {
                order.add(matchedAt[k]);
            } else if (!part.foldedKeywords().isEmpty() && mentions(context, part.foldedKeywords())) {
                out.add(Findings.violation(RuleId.OUTLINE, whole, title, "folded", label,
                        String.join("、", part.foldedKeywords())));
            } else if (!part.optional()) {
                out.add(Findings.violation(RuleId.OUTLINE, whole, title, "missing", template.title(), label));
            }
        }
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i) < order.get(i - 1)) {
                out.add(Findings.violation(RuleId.OUTLINE, whole, title, "order", template.title()));
                break;
            }
        }
    }

    /** The template part a heading belongs to; the most specific parts are tried first. */
    private static int partOf(String heading, List<OutlineTemplate.Part> parts) {
        for (int k = parts.size() - 1; k >= 1; k--) {
            if (parts.get(k).matches(heading)) {
                return k;
            }
        }
        return parts.get(0).matches(heading) ? 0 : -1;
    }

    private static boolean mentions(CheckContext context, List<String> words) {
        for (ProseUnit unit : context.prose()) {
            for (String w : words) {
                if (unit.text().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.OUTLINE);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.OUTLINE, "完善行政决策程序。"),
                RuleExample.caught(RuleId.OUTLINE, "完善行政决策程序。")
                        .in(r -> r.withSections(List.of(r.sections().get(0), r.sections().get(1), r.sections().get(3)))));
    }
}
