package org.nianbao.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.text.Figure;

/**
 * The words around each figure of a paragraph, and which figures are last year's: what the checks
 * use to tell which count is which. A figure's words run from the start of its clause (or the
 * previous figure) to the start of the next clause (or the next figure).
 */
final class FigureContexts {

    private static final String CLAUSE_BREAKS = "，,、；;。：:！？!?（()）\n";
    /** Units of time and scores: never a count that a rate divides. */
    private static final Set<String> NOT_COUNTS = Set.of("年", "月", "日", "周年", "个月", "小时", "分钟", "天",
            "分", "岁", "倍");
    /** Between a figure and last year's: "5140件(上年4571件)", "5140件（2019年4571件）", "，去年同期为". */
    private static final Pattern PRIOR_BETWEEN = Pattern.compile(
            "\\s*[（(]?\\s*(?:[，,]\\s*)?(?:比|较|同比)?(?:上年度?|去年|上一年度?|(?:19|20)\\d\\d年度?)(?:同期)?"
                    + "(?:的|为|是|[:：])?\\s*");
    /** "由58.2%提高到63.8%": the first is last year's. */
    private static final Pattern FROM_TO = Pattern.compile("(?:提高|上升|增长|增加|提升|下降|降低|减少)(?:到|至|为)");
    /**
     * A difference from last year, not a count: "同比增加160件", "比上年减少12件", "较去年多30人". Its
     * words run back to the comparison that opens it; a plain "增加执法人员50人" is a count.
     */
    private static final Pattern DIFFERENCE = Pattern.compile(
            "(?:同比|环比|(?:比|较|与)(?:上一?年度?|去年|上年同期|去年同期|上期|上月|上季度|上一季度|(?:19|20)\\d\\d年)(?:同期)?(?:相比)?)"
                    + "[^，,。；;]{0,6}?(增加|减少|增长|下降|上升|降低|多|少)了?(?:约)?$");
    /** Between the two ends of a range: "3-5件", "10至20人". */
    private static final Pattern RANGE = Pattern.compile("\\s*[-－—~～至到]\\s*");

    private final String text;
    private final List<Figure> figures;
    private final String[] before;
    private final String[] after;
    /** current figure index → last year's figure index. */
    private final Map<Integer, Integer> priorOf = new HashMap<>();
    private final boolean[] isPrior;
    /** +1 or -1 for a difference from last year (同比增加/减少N件), 0 for anything else. */
    private final int[] difference;
    private final boolean[] inRange;

    FigureContexts(String text, List<Figure> figures) {
        this.text = text;
        this.figures = figures;
        int n = figures.size();
        before = new String[n];
        after = new String[n];
        isPrior = new boolean[n];
        difference = new int[n];
        inRange = new boolean[n];
        for (int i = 0; i < n; i++) {
            Figure f = figures.get(i);
            int floor = i == 0 ? 0 : figures.get(i - 1).end();
            int from = clauseStart(f.start(), floor);
            int to = clauseEnd(f.end(), i + 1 < n ? figures.get(i + 1).start() : text.length());
            int open = from == f.start() && !f.isPercent() && !f.isPoints() ? explanationBefore(f.start(), floor) : -1;
            // "纠错（含撤销、确认违法）29件": the count's word stands before the explanation in parentheses
            before[i] = open < 0 ? text.substring(from, f.start()) : text.substring(clauseStart(open, floor), open);
            after[i] = text.substring(f.end(), to);
            var d = DIFFERENCE.matcher(before[i]);
            if (!f.isPercent() && !f.isPoints() && mayCompare(before[i]) && d.find()) {
                difference[i] = "增加增长上升多".contains(d.group(1)) ? 1 : -1;
            }
            if (i > 0 && RANGE.matcher(text.substring(figures.get(i - 1).end(), f.start())).matches()
                    && (figures.get(i - 1).unit().isEmpty() || figures.get(i - 1).unit().equals(f.unit()))) {
                inRange[i - 1] = true;
                inRange[i] = true;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            linkPrior(i);
        }
        linkPriorLists();
    }

    /** A quick look before the pattern: a difference's words start with 同/环/比/较/与. */
    private static boolean mayCompare(String words) {
        for (int k = 0; k < words.length(); k++) {
            if ("同环比较与".indexOf(words.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "受理5140件、办结4720件（上年分别为4571件、4296件）": last year's figures paired in order. */
    private static final Pattern PRIOR_LIST = Pattern.compile(
            "[（(](?:上年|去年|上一年)度?(?:同期)?(?:分别)(?:为|是)?");

    /** Characters a "（上年分别为…）" may hold: a parenthesis that does not close soon is not one. */
    private static final int PRIOR_LIST_LENGTH = 200;

    private void linkPriorLists() {
        var m = PRIOR_LIST.matcher(text);
        while (m.find()) {
            // looked for within a short reach only: a paragraph of unclosed parentheses costs no n²
            int reach = Math.min(text.length(), m.end() + PRIOR_LIST_LENGTH);
            int close = text.substring(m.end(), reach).indexOf(text.charAt(m.start()) == '（' ? '）' : ')');
            close = close < 0 ? -1 : m.end() + close;
            if (close < 0) {
                continue;
            }
            List<Integer> priors = new java.util.ArrayList<>();
            // the figures from the parenthesis on: found by binary search, not by a pass over the paragraph
            int firstAfter = firstFigureFrom(m.start());
            for (int i = firstAfter; i < figures.size() && figures.get(i).start() < close; i++) {
                Figure f = figures.get(i);
                if (f.start() >= m.end() && f.end() <= close && !f.isYear()) {
                    priors.add(i);
                }
            }
            if (firstAfter == figures.size()) {
                firstAfter = -1;
            }
            if (priors.size() < 2 || firstAfter < priors.size()) {
                continue;
            }
            List<Integer> currents = new java.util.ArrayList<>();
            for (int i = firstAfter - 1; i >= 0 && currents.size() < priors.size(); i--) {
                Figure f = figures.get(i);
                if (f.isYear() || isPrior[i]) {
                    continue;
                }
                currents.add(0, i);
            }
            if (currents.size() != priors.size()) {
                continue;
            }
            for (int k = 0; k < priors.size(); k++) {
                Figure now = figures.get(currents.get(k));
                Figure before = figures.get(priors.get(k));
                if (!now.unit().equals(before.unit()) && !before.unit().isEmpty()) {
                    return; // 件 against 人: not the same things, pair nothing
                }
            }
            for (int k = 0; k < priors.size(); k++) {
                priorOf.put(currents.get(k), priors.get(k));
                isPrior[priors.get(k)] = true;
            }
        }
    }

    /** Index of the first figure starting at or after an offset; the number of figures if none. */
    private int firstFigureFrom(int offset) {
        int lo = 0;
        int hi = figures.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (figures.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void linkPrior(int i) {
        Figure now = figures.get(i);
        for (int j = i + 1; j < figures.size() && j <= i + 2; j++) {
            Figure later = figures.get(j);
            if (later.isYear()) {
                continue; // the 2019 of "(2019年4571件)"
            }
            String between = text.substring(now.end(), later.start());
            boolean sameKind = later.unit().equals(now.unit()) || later.unit().isEmpty();
            if (sameKind && PRIOR_BETWEEN.matcher(between).matches()) {
                priorOf.put(i, j);
                isPrior[j] = true;
            } else if (sameKind && FROM_TO.matcher(between).matches() && endsWithFrom(now.start())) {
                priorOf.put(j, i);
                isPrior[i] = true;
            }
            return;
        }
    }

    private boolean endsWithFrom(int start) {
        String b = text.substring(Math.max(0, start - 2), start);
        return b.endsWith("由") || b.endsWith("从");
    }

    /** Longest explanation in parentheses between a word and its count: "（含撤销、确认违法）". */
    private static final int EXPLANATION_LENGTH = 24;

    /**
     * Where the parenthesis opens when a figure follows one directly ("纠错（含撤销、确认违法）29件"), it
     * holds no figure and no sentence break, and a word stands right before it; -1 otherwise.
     */
    private int explanationBefore(int start, int floor) {
        if (start == 0 || (text.charAt(start - 1) != '）' && text.charAt(start - 1) != ')')) {
            return -1;
        }
        for (int k = start - 2; k >= Math.max(floor, start - EXPLANATION_LENGTH); k--) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                return k > floor && Character.isLetter(text.charAt(k - 1)) ? k : -1;
            }
            if ("）)。；;！？!?\n".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private int clauseStart(int start, int floor) {
        for (int k = start - 1; k >= floor; k--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return floor;
    }

    private int clauseEnd(int end, int ceiling) {
        for (int k = end; k < ceiling; k++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return ceiling;
    }

    String before(int i) {
        return before[i];
    }

    String after(int i) {
        return after[i];
    }

    /** Last year's figure written with figure i, or -1. */
    int prior(int i) {
        Integer j = priorOf.get(i);
        return j == null ? -1 : j;
    }

    boolean isPrior(int i) {
        return isPrior[i];
    }

    /**
     * A count a rate or a sum can use: not a rate, a year, a time span, last year's figure, a
     * difference from last year, an end of a range, or a negative number.
     */
    boolean isCount(int i) {
        Figure f = figures.get(i);
        return !f.isPercent() && !f.isPoints() && !f.isYear() && !NOT_COUNTS.contains(f.unit()) && !isPrior[i]
                && difference[i] == 0 && !inRange[i] && f.value().signum() >= 0;
    }

    /** +1 for "同比增加N件", -1 for "同比减少N件", 0 when figure i is not a difference from last year. */
    int difference(int i) {
        return difference[i];
    }

    /**
     * The keyword nearest figure i among {@code keywords} (longest first): the nearer one wins, and at
     * equal distance the longer (应参考 over the 参考 inside it), then the one before the figure. A
     * longer word farther away loses: in "1286项政务服务事项中网上可办1262项" the 1262 is 网上可办, not
     * 政务服务事项. Null when none occurs.
     */
    String nearestKeyword(int i, List<String> keywords) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : keywords) {
            int b = before[i].lastIndexOf(k);
            if (b >= 0 && before[i].length() - (b + k.length()) < bestDistance) {
                best = k;
                bestDistance = before[i].length() - (b + k.length());
            }
            int a = after[i].indexOf(k);
            if (a >= 0 && a < bestDistance) {
                best = k;
                bestDistance = a;
            }
        }
        return best;
    }
}
