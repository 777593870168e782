package org.nianbao.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.text.Figure;
import org.nianbao.text.Sentences;

/**
 * Stated shares (占31.25%): the part is the count just before; the whole is the total its list hangs
 * from: the count before 其中/包括 (when 其中 opens the sentence, the last total of the sentence
 * before), else the one count of the sentence before the part that is neither a sibling category (a
 * count with its own share) nor a difference (同比增加160件). Shares of one list share that whole.
 * Any other whole is a candidate that may verify the share but never call it wrong; when the text
 * names another whole ("占全市的8%") a disagreement proves nothing and is not reported.
 */
final class ShareRule implements Rule {

    static final String RULE = "share";
    private static final String[] OPENERS = {"其中", "包括"};
    /** Names of a whole that mean "the list's total": 占总数的15%. */
    private static final Set<String> GENERIC_WHOLES = Set.of("", "总数", "总量", "总额", "总体", "全部", "比", "案件总数",
            "总件数", "总人数");

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
        List<Input> parts = new ArrayList<>();
        Whole whole = new Whole(List.of(), true);
        if (part >= 0) {
            parts.add(Input.of(unit, part));
            whole = whole(unit, part);
        }
        boolean named = !GENERIC_WHOLES.contains(claim.phrase().replace("的", "").strip());
        List<List<RatioCheck.Slot>> form = List.of(List.of(
                new RatioCheck.Slot("部分", true, false, false, parts),
                new RatioCheck.Slot("总数", false, false, false, whole.candidates(), whole.weak() || named)));
        RatioCheck.Outcome o = RatioCheck.evaluate(form, stated.value());
        if (o.status() == FindingStatus.UNVERIFIABLE && named && o.missing().isEmpty()) {
            o = new RatioCheck.Outcome(FindingStatus.UNVERIFIABLE, o.form(), o.used(), null, false,
                    List.of("“" + claim.phrase() + "”的总数"), false);
        }
        RateRule.report(unit, claim, stated, "占比", "部分÷总数", true, false, o, out);
    }

    /** The candidates for a share's whole; weak when the text does not make the choice certain. */
    private record Whole(List<Input> candidates, boolean weak) {
    }

    private static Whole whole(ProseUnit unit, int part) {
        FigureContexts ctx = unit.contexts();
        Figure p = unit.figures().get(part);
        String text = unit.text();
        int partSentence = unit.sentenceOf(p.start());
        int opener = openerBefore(text, p.start(), unit);
        int total = opener < 0 ? -1 : totalBefore(unit, opener, p.unit());
        if (total >= 0 && (unit.sentenceOf(opener) == partSentence || parallelItems(unit, opener, part))) {
            return new Whole(List.of(Input.of(unit, total)), false);
        }
        Set<Integer> siblings = siblings(unit);
        List<Input> same = new ArrayList<>();
        List<Input> previous = new ArrayList<>();
        if (total >= 0) {
            // the list may have run over a semicolon, or a new list begun: a candidate, not a certainty
            previous.add(Input.of(unit, total));
            siblings.add(total);
        }
        for (int i = part - 1; i >= 0; i--) {
            Figure f = unit.figures().get(i);
            if (!ctx.isCount(i) || !f.unit().equals(p.unit()) || siblings.contains(i)) {
                continue;
            }
            int s = unit.sentenceOf(f.start());
            if (s == partSentence) {
                same.add(Input.of(unit, i));
            } else if (s == partSentence - 1) {
                previous.add(Input.of(unit, i));
            }
        }
        if (!same.isEmpty() && total < 0) {
            return new Whole(same, same.size() != 1);
        }
        same.addAll(previous);
        return new Whole(same, true);
    }

    /**
     * Where the 其中/包括 that the part's list hangs from stands: in the part's full sentence before
     * it, and no other full stop or semicolon clause between that could have closed the list. -1 if none.
     */
    private static int openerBefore(String text, int partStart, ProseUnit unit) {
        Sentences.Span full = null;
        for (Sentences.Span s : Sentences.splitFull(text)) {
            if (s.contains(partStart)) {
                full = s;
            }
        }
        if (full == null) {
            return -1;
        }
        int best = -1;
        for (String opener : OPENERS) {
            int at = text.lastIndexOf(opener, partStart);
            if (at >= full.start() && at > best) {
                best = at;
            }
        }
        return best;
    }

    /** The last count with the part's unit before the opener, in its sentence or (opening it) the one before. */
    private static int totalBefore(ProseUnit unit, int opener, String unitName) {
        List<Sentences.Span> full = Sentences.splitFull(unit.text());
        int floor = 0;
        for (int k = 0; k < full.size(); k++) {
            if (full.get(k).contains(opener)) {
                boolean opens = unit.text().substring(full.get(k).start(), opener).strip().isEmpty();
                floor = opens && k > 0 ? full.get(k - 1).start() : full.get(k).start();
            }
        }
        for (int i = unit.figures().size() - 1; i >= 0; i--) {
            Figure f = unit.figures().get(i);
            if (f.end() <= opener && f.start() >= floor && unit.contexts().isCount(i) && f.unit().equals(unitName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "其中，咨询类124599件，占63.72%；求助类56672件，占28.98%；…": a list whose items are semicolon
     * clauses of one count and its share each, from the opener's clause to the part's. The list then
     * runs over the semicolons and every share takes its total.
     */
    private static boolean parallelItems(ProseUnit unit, int opener, int part) {
        int from = unit.sentenceOf(opener);
        int to = unit.sentenceOf(unit.figures().get(part).start());
        Set<Integer> shares = new HashSet<>();
        for (Claim c : unit.claims()) {
            if (c.kind() == Claim.Kind.SHARE) {
                shares.add(c.figure());
            }
        }
        for (int s = from; s <= to; s++) {
            int counts = 0;
            int count = -1;
            for (int i = 0; i < unit.figures().size(); i++) {
                Figure f = unit.figures().get(i);
                if (unit.sentenceOf(f.start()) == s && f.start() > opener && unit.contexts().isCount(i)) {
                    counts++;
                    count = i;
                }
            }
            if (counts != 1 || !shares.contains(count + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Counts followed directly by their own share or rate: categories of a list, never its whole. */
    private static Set<Integer> siblings(ProseUnit unit) {
        Set<Integer> claimed = new HashSet<>();
        for (Claim c : unit.claims()) {
            claimed.add(c.figure());
        }
        Set<Integer> siblings = new HashSet<>();
        for (int i = 0; i + 1 < unit.figures().size(); i++) {
            if (unit.contexts().isCount(i) && claimed.contains(i + 1)) {
                siblings.add(i);
            }
        }
        return siblings;
    }
}
