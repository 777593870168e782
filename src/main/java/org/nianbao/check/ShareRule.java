package org.nianbao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.text.Figure;
import org.nianbao.text.Sentences;

/**
 * Stated shares (占31.25%): the part is the count just before; the whole is the total its list hangs
 * from: the count before 其中/包括 (when 其中 opens the sentence, the last total of the sentence
 * before), else the one count of the sentence before the part that is neither a sibling category (a
 * count with its own share) nor a difference (同比增加160件). Shares of one list share that whole.
 * Any other whole is a candidate that may verify the share but never call it wrong; when the text
 * names another whole ("占全市的8%") a disagreement proves nothing and is not reported.
 *
 * <p>Per paragraph, what every share needs (its siblings, the openers, how far a list of
 * "类别N件，占x%；" items runs) is found once, so a paragraph of thousands of shares stays linear.
 */
final class ShareRule implements Rule {
    private static final String[] OPENERS = {"其中", "包括"};
    /** Names of a whole that mean "the list's total": 占总数的15%. */
    private static final Set<String> GENERIC_WHOLES = Set.of("", "总数", "总量", "总额", "总体", "全部", "比", "案件总数",
            "总件数", "总人数");

    /** A named whole's measure (the key, in the phrase) and the words that name its count in the text. */
    private static final Map<String, List<String>> MEASURES = new java.util.LinkedHashMap<>();

    static {
        MEASURES.put("受理", List.of("受理"));
        MEASURES.put("受案", List.of("受案", "受理"));
        MEASURES.put("收案", List.of("收案", "受理"));
        MEASURES.put("审结", List.of("审结"));
        MEASURES.put("结案", List.of("结案", "审结"));
        MEASURES.put("办结", List.of("办结"));
        MEASURES.put("立案", List.of("立案"));
        MEASURES.put("登记", List.of("登记"));
    }

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (ProseUnit unit : context.figureProse()) {
            Paragraph paragraph = null;
            for (Claim claim : unit.claims()) {
                if (claim.kind() == Claim.Kind.SHARE) {
                    paragraph = paragraph == null ? new Paragraph(unit) : paragraph;
                    check(paragraph, claim, out);
                }
            }
        }
    }

    private void check(Paragraph p, Claim claim, List<Finding> out) {
        ProseUnit unit = p.unit;
        Figure stated = unit.figures().get(claim.figure());
        FigureContexts ctx = unit.contexts();
        int sentence = unit.sentenceOf(stated.start());
        int part = -1;
        for (int i = claim.figure() - 1; i >= Math.max(unit.firstFigure(sentence), claim.figure() - RatioCheck.MAX_NEIGHBOURS); i--) {
            if (ctx.isCount(i)) {
                part = i;
                break;
            }
        }
        if (part >= 0 && namesAnotherSubject(unit, claim, part)) {
            part = -1; // "办结74617件，办结率87%，诉讼案件占比84%": the share names its own part, not written
        }
        List<Input> parts = new ArrayList<>();
        Whole whole = new Whole(List.of(), true);
        boolean named = !GENERIC_WHOLES.contains(claim.phrase().replace("的", "").strip());
        if (part >= 0) {
            parts.add(Input.of(unit, part));
            int namedWhole = named ? p.namedWhole(claim.phrase(), part) : -1;
            whole = namedWhole >= 0 ? new Whole(List.of(Input.of(unit, namedWhole)), false) : p.whole(part);
            named = named && namedWhole < 0;
        }
        List<List<RatioCheck.Slot>> form = List.of(List.of(
                new RatioCheck.Slot(Findings.text(RuleId.SHARE, "part.part"), true, false, false, parts),
                new RatioCheck.Slot(Findings.text(RuleId.SHARE, "part.whole"), false, false, false, whole.candidates(),
                        whole.weak() || named)));
        RatioCheck.Outcome o = RatioCheck.evaluate(form, stated.value());
        if (o.status() == FindingStatus.UNVERIFIABLE && named && o.missing().isEmpty()) {
            o = new RatioCheck.Outcome(FindingStatus.UNVERIFIABLE, o.form(), o.used(), null, false,
                    List.of(Findings.text(RuleId.SHARE, "part.namedWhole", claim.phrase())), false);
        }
        Findings.ratio(unit, claim, stated, Findings.text(RuleId.SHARE, "part.name"),
                Findings.text(RuleId.SHARE, "part.definition"), true, false, o, "", out);
    }

    /** Words that may stand before 占 without naming what the share is of. */
    private static final Pattern NO_SUBJECT = Pattern.compile("[\\s约共均分别各仅已达其中的]*");

    /**
     * Whether the share's clause names its own subject before 占 ("诉讼案件占比84%") while the count
     * found stands in an earlier clause under other words: then that count is not the share's part.
     */
    private static boolean namesAnotherSubject(ProseUnit unit, Claim claim, int part) {
        String text = unit.text();
        int from = claim.start();
        while (from > 0 && "，,；;。：:、（(\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        if (unit.figures().get(part).end() > from) {
            return false; // the count is in the share's own clause
        }
        String subject = text.substring(from, claim.start());
        return !NO_SUBJECT.matcher(subject).matches() && !unit.contexts().before(part).contains(subject.strip());
    }

    /** The candidates for a share's whole; weak when the text does not make the choice certain. */
    private record Whole(List<Input> candidates, boolean weak) {
    }

    /** What the shares of one paragraph share: openers, siblings, the reach of parallel lists. */
    private static final class Paragraph {
        private final ProseUnit unit;
        /** Offsets of 其中/包括, ascending. */
        private final int[] openers;
        /** Figure i is a count directly followed by its own share or rate: a category, never a whole. */
        private final boolean[] sibling;
        /** Figure i is a share's stated figure. */
        private final boolean[] share;
        /** opener offset → the last clause its list of "类别N件，占x%；" items reaches. */
        private final Map<Integer, Integer> reach = new HashMap<>();

        Paragraph(ProseUnit unit) {
            this.unit = unit;
            String text = unit.text();
            List<Integer> at = new ArrayList<>();
            for (String opener : OPENERS) {
                for (int k = text.indexOf(opener); k >= 0; k = text.indexOf(opener, k + opener.length())) {
                    at.add(k);
                }
            }
            openers = at.stream().mapToInt(Integer::intValue).sorted().toArray();
            int n = unit.figures().size();
            sibling = new boolean[n];
            share = new boolean[n];
            boolean[] claimed = new boolean[n];
            for (Claim c : unit.claims()) {
                claimed[c.figure()] = true;
                share[c.figure()] = c.kind() == Claim.Kind.SHARE;
            }
            for (int i = 0; i + 1 < n; i++) {
                sibling[i] = unit.contexts().isCount(i) && claimed[i + 1];
            }
        }

        Whole whole(int part) {
            FigureContexts ctx = unit.contexts();
            Figure p = unit.figures().get(part);
            int partSentence = unit.sentenceOf(p.start());
            int opener = openerBefore(p.start());
            int total = opener < 0 ? -1 : totalBefore(opener, p.unit());
            boolean certain = total >= 0 && (!opensSentence(opener) || onlyTotalOfItsClause(total));
            if (certain && (unit.sentenceOf(opener) == partSentence || reach(opener) >= partSentence)) {
                return new Whole(List.of(Input.of(unit, total)), false);
            }
            List<Input> same = new ArrayList<>();
            List<Input> previous = new ArrayList<>();
            if (total >= 0) {
                // the list may have run over a semicolon, or a new list begun: a candidate, not a certainty
                previous.add(Input.of(unit, total));
            }
            int floor = Math.max(unit.firstFigure(partSentence - 1), part - RatioCheck.MAX_NEIGHBOURS);
            for (int i = part - 1; i >= floor; i--) {
                Figure f = unit.figures().get(i);
                if (!ctx.isCount(i) || !f.unit().equals(p.unit()) || sibling[i] || i == total) {
                    continue;
                }
                (unit.sentenceOf(f.start()) == partSentence ? same : previous).add(Input.of(unit, i));
            }
            if (!same.isEmpty() && total < 0) {
                return new Whole(same, same.size() != 1);
            }
            same.addAll(previous);
            return new Whole(same, true);
        }

        /**
         * "占受理案件总数的38%": the whole the text names by its measure, when exactly one count of
         * the part's unit in this or the previous full sentence carries that measure's word.
         */
        int namedWhole(String phrase, int part) {
            List<String> words = null;
            for (Map.Entry<String, List<String>> m : MEASURES.entrySet()) {
                if (phrase.contains(m.getKey())) {
                    words = m.getValue();
                    break;
                }
            }
            if (words == null || phrase.contains("全")) {
                return -1; // 占全省…的: a whole of another subject
            }
            Figure p = unit.figures().get(part);
            Sentences.Span full = unit.fullSentenceOf(p.start());
            int floor = full.start() > 0 ? unit.fullSentenceOf(full.start() - 1).start() : 0;
            int found = -1;
            for (int i = part - 1; i >= Math.max(0, part - RatioCheck.MAX_NEIGHBOURS); i--) {
                Figure f = unit.figures().get(i);
                if (f.start() < floor) {
                    break;
                }
                // the measure's word right before the count ("立案受理15件"), not a qualifier further back ("城建收案中…293件")
                String before = unit.contexts().before(i).replaceAll("(?:案件|申请|诉求)?(?:共|总数|数|为|达|是|计|了|：|:)*$", "");
                if (unit.contexts().isCount(i) && f.unit().equals(p.unit()) && words.stream().anyMatch(before::endsWith)) {
                    if (found >= 0) {
                        return -1; // two counts of that measure: not certain which
                    }
                    found = i;
                }
            }
            return found;
        }

        /** The 其中/包括 before the part in its full sentence, or -1. */
        private int openerBefore(int partStart) {
            Sentences.Span full = unit.fullSentenceOf(partStart);
            int lo = 0;
            int hi = openers.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (openers[mid] < partStart) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found >= 0 && openers[found] >= full.start() ? openers[found] : -1;
        }

        /** The last count with the part's unit before the opener, in its sentence or (opening it) the one before. */
        private int totalBefore(int opener, String unitName) {
            Sentences.Span full = unit.fullSentenceOf(opener);
            int floor = full.start();
            boolean opens = ProseUnit.onlyPunctuation(unit.text(), full.start(), opener);
            if (opens && full.start() > 0) {
                floor = unit.fullSentenceOf(full.start() - 1).start();
            }
            int last = unit.lastFigureBefore(opener);
            for (int i = last; i >= Math.max(0, last - RatioCheck.MAX_NEIGHBOURS); i--) {
                Figure f = unit.figures().get(i);
                if (f.start() < floor) {
                    return -1;
                }
                if (opens && openerBefore(f.start()) >= floor) {
                    continue; // "1453件，包括上年结转30件。其中，…": the 30 is a part of the sentence before
                }
                if (f.end() <= opener && unit.contexts().isCount(i) && f.unit().equals(unitName)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean opensSentence(int opener) {
            return ProseUnit.onlyPunctuation(unit.text(), unit.fullSentenceOf(opener).start(), opener);
        }

        /** No other count in the total's clause, other than parts listed after it (包括…), could be the whole. */
        private boolean onlyTotalOfItsClause(int total) {
            int clause = unit.sentenceOf(unit.figures().get(total).start());
            for (int i = unit.firstFigure(clause); i < unit.firstFigure(clause + 1); i++) {
                if (i != total && unit.contexts().isCount(i)
                        && !(i > total && openerBefore(unit.figures().get(i).start()) > unit.figures().get(total).start())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "其中，咨询类124599件，占63.72%；求助类56672件，占28.98%；…": the last clause of a list whose items
         * are semicolon clauses of one count and its share each, from the opener's clause on. The list
         * then runs over the semicolons and every share takes its total.
         */
        private int reach(int opener) {
            return reach.computeIfAbsent(opener, o -> {
                int s = unit.sentenceOf(o);
                int last = s - 1;
                while (s < unit.sentences().size()) {
                    int counts = 0;
                    int count = -1;
                    for (int i = unit.firstFigure(s); i < unit.firstFigure(s + 1); i++) {
                        if (unit.figures().get(i).start() > o && unit.contexts().isCount(i)) {
                            counts++;
                            count = i;
                        }
                    }
                    if (counts != 1 || count + 1 >= share.length || !share[count + 1]) {
                        break;
                    }
                    last = s++;
                }
                return last;
            });
        }
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.SHARE, RuleId.OVER_100, RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, RuleId.ZERO_DENOMINATOR);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.SHARE, "共受理行政复议案件200件，其中维持原行政行为50件，占25%。"),
                RuleExample.caught(RuleId.SHARE, "共受理行政复议案件200件，其中维持原行政行为50件，占30%。"),
                RuleExample.passes(RuleId.OVER_100, "共受理行政复议案件200件，其中维持原行政行为200件，占100%。"),
                RuleExample.caught(RuleId.OVER_100, "共受理行政复议案件50件，其中维持原行政行为60件，占120%。"),
                RuleExample.passes(RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, "共受理行政复议案件200件，其中维持原行政行为50件，占25%。"),
                RuleExample.caught(RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, "共受理行政复议案件50件，其中维持原行政行为60件，占120%。"),
                RuleExample.passes(RuleId.ZERO_DENOMINATOR, "共受理行政复议案件200件，其中维持原行政行为50件，占25%。"),
                RuleExample.caught(RuleId.ZERO_DENOMINATOR, "共受理行政复议案件0件，其中维持原行政行为0件，占0%。"));
    }
}
