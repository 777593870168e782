package org.nianbao.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Magnitude;

/**
 * Finds the figures in prose: integers and decimals (1,234.5 with thousands separators, "1 360" with
 * spaces between groups of three), 万/亿, 约 before and 余/多 after the number, percentages and the
 * unit that follows (a space before it allowed: "1 360 件"). A minus sign before a number makes it
 * negative ("-5件" is not 5). Numbers that are names are not figures: digits glued to Latin letters
 * ("G20", "1e309"), and service numbers ("12345热线", "110接警", "12315平台").
 *
 * <p>Numbers are parsed into {@link BigDecimal} straight from the digits, keeping the written
 * scale: 63.8% has precision 1 and 81% precision 0, which the checks round to.
 */
public final class FigureScanner {

    /** Units, longest first so 人次 wins over 人 and 个百分点 over 个. */
    private static final String UNITS = String.join("|",
            "个百分点", "平方公里", "平方米", "人次", "车次", "节次", "户次", "件次", "批次", "场次", "架次",
            "个月", "周年", "小时", "分钟", "公里", "公顷",
            "%", "％", "人", "件", "宗", "个", "项", "次", "户", "期", "份", "条", "元", "家", "名", "场",
            "起", "篇", "批", "本", "册", "所", "部", "台", "辆", "处", "座", "天", "日", "月", "年", "分",
            "节", "类", "套", "位", "课", "页", "张", "块", "支", "笔", "株", "亩", "吨", "米", "岁", "倍",
            "间", "栋", "单", "例", "轮", "届", "组", "队", "封", "门", "首", "幅", "村");

    private static final String DIGIT = "[0-9０-９]";
    /** A space that may separate groups of three digits or a number from its unit. */
    private static final String SPACE = "[ \\u00A0\\u2009\\u202F]";
    private static final Pattern FIGURE = Pattern.compile(
            "(约)?(" + DIGIT + "{1,3}(?:," + DIGIT + "{3})+(?:[.．]" + DIGIT + "+)?(?!" + DIGIT + ")"
                    + "|" + DIGIT + "{1,3}(?:" + SPACE + DIGIT + "{3})+(?![0-9０-９.．])"
                    + "|" + DIGIT + "+(?:[.．]" + DIGIT + "+)?)"
                    + "(?:" + SPACE + "?(万|亿))?(余|多)?(?:" + SPACE + "?(" + UNITS + "))?");
    /**
     * Telephone service numbers written as names: 12345热线, 110, 12315. Listed one by one: a bare count
     * such as "办理12000，" is still a figure.
     */
    private static final Pattern SERVICE_NUMBER = Pattern.compile("110|119|120|122|12(?:306|309|310|315|318|319|"
            + "320|321|328|329|331|333|336|338|345|348|350|351|355|358|363|365|366|369|377|380|385|388|390|393|395)"
            + "|96[0-9]{3}");
    private static final Pattern NAME_WORD = Pattern.compile("热线|专线|平台|服务热线|电话|接警|报警|短信|号码|系统|指挥");
    private static final String MINUS = "-－−";
    /**
     * The longest number read as a figure, separators included: 32 characters hold any amount of 元
     * a report states. Longer runs of digits are codes, not figures, and parsing one of millions of
     * digits would cost time quadratic in its length.
     */
    static final int MAX_NUMBER_LENGTH = 32;

    private FigureScanner() {
    }

    /** Every figure in the text, in order. */
    public static List<Figure> scan(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            // only try the pattern where a number starts: much faster than find() at every offset
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i > 0 && text.charAt(i - 1) == '约' ? i - 1 : i;
            m.region(from, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            if ((i > 0 && isGlued(text.charAt(i - 1))) || (m.end() < n && isLatin(text.charAt(m.end())))) {
                i = skipName(text, m.end(2)); // "G20", "v1.2", "1e309": part of a name, not a figure
                continue;
            }
            if (isServiceNumber(text, m)) {
                i = m.end(2);
                continue;
            }
            if (m.end(2) - m.start(2) > MAX_NUMBER_LENGTH) {
                i = m.end(2); // a run of digits no count has: a code or garbage, and costly to parse
                continue;
            }
            boolean negative = from == i && i > 0 && MINUS.indexOf(text.charAt(i - 1)) >= 0
                    && (i < 2 || !isDigit(text.charAt(i - 2)) && !isLatin(text.charAt(i - 2)));
            Figure f = toFigure(m, negative ? i - 1 : m.start(), m.end());
            figures.add(negative ? f.negated() : f);
            i = m.end();
        }
        return figures;
    }

    /**
     * One figure typed on its own, such as a value in the metrics table: "约21.6万元", "1,234人".
     *
     * @throws BadInputException when the text is not exactly one figure
     */
    public static Figure parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FIGURE.matcher(trimmed);
        if (!m.matches()) {
            throw new BadInputException("“" + trimmed + "”不是一个数字，请填写如“326”“63.8%”“约21.6万元”的数值。",
                    "not a figure: '" + trimmed + "'");
        }
        return toFigure(m, 0, trimmed.length());
    }

    /** The number alone, thousands separators and full-width digits allowed: "1,234.50" → 1234.50. */
    public static BigDecimal parseNumber(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else if (c != ',' && SPACE_CHARS.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return new BigDecimal(sb.toString());
    }

    private static Figure toFigure(Matcher m, int start, int end) {
        BigDecimal value = parseNumber(m.group(2));
        Magnitude magnitude = m.group(3) == null ? Magnitude.NONE : Magnitude.ofWord(m.group(3));
        boolean approximate = m.group(1) != null || m.group(4) != null;
        String unit = m.group(5) == null ? "" : m.group(5);
        if (unit.equals("％")) {
            unit = Figure.PERCENT;
        }
        return new Figure(start, end, value, magnitude, approximate, unit);
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static final String SPACE_CHARS = " \u00A0\u2009\u202F";

    /** A bare integer that is a telephone service's name: "12345热线", "110接警", "12315". */
    private static boolean isServiceNumber(String text, Matcher m) {
        if (m.group(1) != null || m.group(3) != null || m.group(4) != null || m.group(5) != null) {
            return false;
        }
        String digits = m.group(2);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        Matcher word = NAME_WORD.matcher(text).region(m.end(2), text.length());
        return SERVICE_NUMBER.matcher(digits).matches() || word.lookingAt();
    }

    /** Whether bare digits are a telephone service's number (12345, 110) rather than a count. */
    static boolean isServiceNumber(String digits) {
        return SERVICE_NUMBER.matcher(digits).matches();
    }

    /** The offset after a run of letters and digits that a figure turned out to be part of. */
    private static int skipName(String text, int from) {
        int k = from;
        while (k < text.length() && (isLatin(text.charAt(k)) || isDigit(text.charAt(k)) || text.charAt(k) == '.')) {
            k++;
        }
        return Math.max(k, from);
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isGlued(char before) {
        return (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') || before == '.'
                || before == '_';
    }
}
