package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.text.Figure;

/**
 * Stated shares (占31.25%): the part is the count just before, the whole the total it was taken
 * from (the count before 其中, or before the part in the same or the previous sentence). When the
 * text names another whole ("占全市的8%") a disagreement proves nothing and is not reported.
 */
final class ShareRule implements Rule {

    static final String RULE = "share";

    @Override
    public void check(CheckContext context, List<Finding> out) {
        context.forEachClaim(Claim.Kind.SHARE, (unit, claim) -> check(unit, claim, out));
    }

    private void check(ProseUnit unit, Claim claim, List<Finding> out) {
        Figure stated = unit.figures().get(claim.figure());
        FigureContexts ctx = unit.contexts();
        int sentence = unit.sentenceOf(stated.start());
        int part = -1;
        for (int i = claim.figure() - 1; i >= 0; i--) {
            if (ctx.isCount(i)) {
                part = unit.sentenceOf(unit.figures().get(i).start()) == sentence ? i : -1;
                break;
            }
        }
        List<Input> wholes = new ArrayList<>();
        List<Input> parts = new ArrayList<>();
        if (part >= 0) {
            parts.add(Input.of(unit, part));
            wholes.addAll(wholes(unit, part));
        }
        List<List<RatioCheck.Slot>> form = List.of(List.of(
                new RatioCheck.Slot("部分", true, false, false, parts),
                new RatioCheck.Slot("总数", false, false, false, wholes)));
        RatioCheck.Outcome o = RatioCheck.evaluate(form, stated.value());
        if (o.status() == FindingStatus.MISMATCH && !claim.phrase().isBlank() && !o.zeroDenominator()) {
            o = new RatioCheck.Outcome(FindingStatus.UNVERIFIABLE, o.form(), List.of(), null, false,
                    List.of("“" + claim.phrase() + "”的总数"), false);
        }
        RateRule.report(unit, claim, stated, "占比", "部分÷总数", true, false, o, out);
    }

    private static List<Input> wholes(ProseUnit unit, int part) {
        FigureContexts ctx = unit.contexts();
        Figure p = unit.figures().get(part);
        String text = unit.text();
        int partSentence = unit.sentenceOf(p.start());
        List<Input> same = new ArrayList<>();
        List<Input> previous = new ArrayList<>();
        for (int i = part - 1; i >= 0; i--) {
            Figure f = unit.figures().get(i);
            if (!ctx.isCount(i) || !f.unit().equals(p.unit())) {
                continue;
            }
            if (text.substring(f.end(), p.start()).contains("其中")) {
                return List.of(Input.of(unit, i)); // the total a 其中 breaks down
            }
            int s = unit.sentenceOf(f.start());
            if (s == partSentence) {
                same.add(Input.of(unit, i));
            } else if (s == partSentence - 1) {
                previous.add(Input.of(unit, i));
            }
        }
        return same.isEmpty() ? previous : same;
    }
}
