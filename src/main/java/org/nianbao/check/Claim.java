package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.Figure;

/**
 * A figure the text asserts and that can be checked: a named rate (通过率63.8%), a share (占31.25%),
 * a growth (同比增长12.45%, 分别增长…和…) or a difference in points (提高5.6个百分点).
 *
 * @param kind      what is asserted
 * @param figure    index of the stated figure in its paragraph
 * @param start     where the assertion starts (the rate's name, 占, 同比增长…)
 * @param phrase    the rate's name as written (RATE), or the named whole after 占 (SHARE, may be "")
 * @param direction +1 for 增长/提高, -1 for 下降/减少; 0 when not a change
 */
record Claim(Kind kind, int figure, int start, String phrase, int direction) {

    enum Kind { RATE, SHARE, GROWTH, POINTS }

    private static final String FILLERS_REGEX =
            "(?:保持在|分别为|分别是|达到了|约为|均为|达到|高达|保持|分别|为|达|是|约|均|了|：|:|\\s)+$";
    private static final Pattern FILLERS = Pattern.compile(FILLERS_REGEX);
    private static final Pattern CHANGE = Pattern.compile(
            "(?:(?:同比|环比|较上年|比上年|较去年|比去年|较\\d{4}年|比\\d{4}年)\\s*)?(?:分别)?"
                    + "(增长率|增长|增加|上升|提高|提升|增幅|增速|下降|减少|降低|回落|下滑|降幅|减幅)(?:了)?$");
    private static final Pattern RATE_NAME = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{0,12}?(?:率|结收比|收结比))$");
    private static final Pattern SHARE = Pattern.compile("占(?:比)?([^，,。；;、]{0,12}?)(?:的)?$");

    /** The assertions of one paragraph, in order. */
    static List<Claim> find(ProseUnit unit) {
        List<Claim> claims = new ArrayList<>();
        List<Figure> figures = unit.figures();
        FigureContexts ctx = unit.contexts();
        Claim previous = null;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if ((!f.isPercent() && !f.isPoints()) || ctx.isPrior(i)) {
                previous = null;
                continue;
            }
            Claim c = classify(unit, i, f, previous);
            if (c != null) {
                claims.add(c);
            }
            previous = c;
        }
        return claims;
    }

    private static Claim classify(ProseUnit unit, int i, Figure f, Claim previous) {
        String before = unit.contexts().before(i);
        int clauseStart = f.start() - before.length();
        String stripped = FILLERS.matcher(before).replaceFirst("");
        String bare = stripped.strip();
        if (previous != null && (bare.isEmpty() || bare.equals("和") || bare.equals("及") || bare.equals("与"))
                && previous.kind != Kind.RATE) {
            return new Claim(previous.kind, i, f.start(), previous.phrase, previous.direction);
        }
        Matcher change = CHANGE.matcher(stripped);
        if (change.find()) {
            int direction = "增长率增加上升提高提升增幅增速".contains(change.group(1)) ? 1 : -1;
            Kind kind = f.isPoints() ? Kind.POINTS : Kind.GROWTH;
            return new Claim(kind, i, clauseStart + change.start(), "", direction);
        }
        if (f.isPoints()) {
            return null;
        }
        Matcher share = SHARE.matcher(stripped);
        if (share.find()) {
            return new Claim(Kind.SHARE, i, clauseStart + share.start(), share.group(1), 0);
        }
        if (bare.isEmpty()) {
            Claim defined = definedRate(unit, i, clauseStart);
            if (defined != null) {
                return defined;
            }
        }
        Matcher rate = RATE_NAME.matcher(stripped);
        if (rate.find()) {
            boolean listOfNames = rate.group(1).matches(".*[和及与].*")
                    || (clauseStart > 0 && unit.text().charAt(clauseStart - 1) == '、');
            if (before.contains("分别") && listOfNames) {
                return null; // "通过率、优秀率分别为95%和80%": which name goes with which figure is not sure
            }
            String name = rate.group(1);
            if (name.endsWith("同比") || name.endsWith("环比")) {
                return null;
            }
            return new Claim(Kind.RATE, i, clauseStart + rate.start(), name, 0);
        }
        return null;
    }

    /** "结收比（结案数/收案数）108.20%": a rate whose definition the text writes in parentheses before it. */
    private static Claim definedRate(ProseUnit unit, int i, int clauseStart) {
        String text = unit.text();
        if (clauseStart == 0 || (text.charAt(clauseStart - 1) != '）' && text.charAt(clauseStart - 1) != ')')) {
            return null;
        }
        int open = -1;
        for (int k = clauseStart - 2; k >= Math.max(0, clauseStart - 40) && open < 0; k--) {
            open = text.charAt(k) == '（' || text.charAt(k) == '(' ? k : -1;
        }
        if (open <= 0) {
            return null;
        }
        String lead = text.substring(Math.max(0, open - 16), open);
        Matcher rate = RATE_NAME.matcher(FILLERS.matcher(lead).replaceFirst(""));
        if (!rate.find() || rate.group(1).isEmpty()) {
            return null;
        }
        String name = rate.group(1);
        int nameStart = text.lastIndexOf(name, open);
        return new Claim(Kind.RATE, i, nameStart, name, 0);
    }
}
