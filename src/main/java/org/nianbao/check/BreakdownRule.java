package org.nianbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.text.Figure;
import org.nianbao.text.Sentences;

/**
 * Breakdowns (其中…, 包括…): the parts listed after the word are summed and compared with the total
 * before it (or, when the word opens a sentence, the last total of the sentence before). A sum
 * within the rounding of its parts (n × ½ × 10^-p, DOMAIN.md) is verified; a sum above the total is
 * an error; a sum below it a warning, as a category may be left unlisted (and none at all when the
 * list ends with 等).
 */
final class BreakdownRule implements Rule {

    static final String RULE = "sum";
    private static final String[] OPENERS = {"其中", "包括"};

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (ProseUnit unit : context.paragraphs()) {
            if (unit.figures().size() < 3) {
                continue;
            }
            String text = unit.text();
            List<Sentences.Span> full = Sentences.splitFull(text);
            for (String opener : OPENERS) {
                for (int at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + opener.length())) {
                    check(unit, full, at, opener.length(), out);
                }
            }
        }
    }

    private void check(ProseUnit unit, List<Sentences.Span> full, int at, int openerLength, List<Finding> out) {
        List<Figure> figures = unit.figures();
        FigureContexts ctx = unit.contexts();
        Sentences.Span sentence = spanOf(full, at);
        List<Integer> parts = new ArrayList<>();
        String unitName = null;
        int i = firstFigureAfter(figures, at + openerLength);
        for (; i >= 0 && i < figures.size() && figures.get(i).start() < sentence.end(); i++) {
            Figure f = figures.get(i);
            if (ctx.isPrior(i) || f.isYear()) {
                continue;
            }
            if (!ctx.isCount(i) || (unitName != null && !unitName.equals(f.unit()))) {
                break;
            }
            unitName = f.unit();
            parts.add(i);
        }
        if (parts.size() < 2) {
            return;
        }
        int total = totalBefore(unit, full, sentence, at, unitName);
        if (total < 0) {
            return;
        }
        Figure last = figures.get(parts.get(parts.size() - 1));
        boolean etc = unit.text().substring(last.end(), Math.min(unit.text().length(), last.end() + 2)).contains("等");
        Ratio sum = Ratio.ZERO;
        Ratio tolerance = Ratio.ZERO;
        Map<String, String> inputs = new LinkedHashMap<>();
        Figure t = figures.get(total);
        inputs.put("总数", t.numberText() + t.unit());
        StringBuilder expression = new StringBuilder();
        for (int p : parts) {
            Figure f = figures.get(p);
            sum = sum.add(Ratio.of(f.amount()));
            tolerance = tolerance.add(Input.halfUlp(f));
            String label = label(ctx.before(p), inputs.size());
            inputs.put(inputs.containsKey(label) ? label + inputs.size() : label, f.numberText() + f.unit());
            expression.append(expression.length() == 0 ? "" : " + ").append(f.numberText());
        }
        Ratio totalValue = Ratio.of(t.amount());
        tolerance = tolerance.add(Input.halfUlp(t));
        Ratio gap = sum.subtract(totalValue);
        int start = t.start();
        int end = last.end();
        String stated = t.numberText() + t.unit();
        String computed = format(sum, t) + t.unit();
        String equation = expression + " = " + computed;
        if (gap.abs().compareTo(tolerance) <= 0) {
            out.add(Findings.figure(RULE, Severity.INFO, FindingStatus.OK, unit, start, end, stated, computed, inputs,
                    "分项之和" + equation + "，与总数" + stated + "相符。"));
        } else if (gap.signum() > 0) {
            out.add(Findings.figure(RULE, Severity.ERROR, FindingStatus.MISMATCH, unit, start, end, stated, computed,
                    inputs, "分项之和" + equation + "，大于总数" + stated + "，请核对总数或各分项。"));
        } else if (!etc) {
            out.add(Findings.figure(RULE, Severity.WARNING, FindingStatus.MISMATCH, unit, start, end, stated, computed,
                    inputs, "分项之和" + equation + "，比总数" + stated + "少" + format(gap.abs(), t) + t.unit()
                            + "，超出四舍五入可解释的范围。请核对是否漏列了类别或数字有误；如确有未列出的类别，可忽略本提示。"));
        }
    }

    /** A part's name: the words before it, without 其中/包括 and connectives. */
    private static String label(String before, int index) {
        String s = before.replaceAll("^(?:其中|包括|以及|及|和|与|[:：])+", "").strip();
        s = s.replaceAll("(?:共|为|有|计)$", "");
        return s.isEmpty() ? "分项" + index : s;
    }

    private static String format(Ratio value, Figure like) {
        return value.divide(Ratio.of(like.magnitude().factor())).round(like.value().scale()).toPlainString()
                + like.magnitude().word();
    }

    private static int firstFigureAfter(List<Figure> figures, int offset) {
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The total: the last count with the parts' unit before the opener in its sentence, or the one before. */
    private static int totalBefore(ProseUnit unit, List<Sentences.Span> full, Sentences.Span sentence, int at,
                                   String unitName) {
        List<Figure> figures = unit.figures();
        int floor = sentence.start();
        String lead = unit.text().substring(sentence.start(), at).strip();
        if (lead.isEmpty()) {
            int index = full.indexOf(sentence);
            floor = index > 0 ? full.get(index - 1).start() : sentence.start();
        }
        for (int i = figures.size() - 1; i >= 0; i--) {
            Figure f = figures.get(i);
            if (f.end() <= at && f.start() >= floor && unit.contexts().isCount(i) && f.unit().equals(unitName)) {
                return i;
            }
        }
        return -1;
    }

    private static Sentences.Span spanOf(List<Sentences.Span> spans, int offset) {
        for (Sentences.Span s : spans) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return spans.get(spans.size() - 1);
    }
}
