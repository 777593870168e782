package org.nianbao.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.ChineseNumerals;
import org.nianbao.text.FigureScanner;

/**
 * Dates: written without leading zeros as 2021年1月5日 (not 2021年01月05日, nor 2021-01-05), that exist
 * (not 2023年13月45日, nor 2023年2月29日), and the report dated before 4月1日 of the following year, the
 * publication deadline.
 */
final class DateRule implements Rule {

    /**
     * A written date, whole or without its year or day: 2023年13月45日, 2023年2月29日, 4月31日, 2023年13月, and in
     * Chinese numerals 二〇二三年十三月. Groups: year, month, day (either of year and day may be absent).
     */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![0-9０-９.．])(?:([0-9０-９]{4})\\s*年\\s*)?([0-9０-９]{1,2})\\s*月(?:\\s*([0-9０-９]{1,2})\\s*日)?"
                    + "|([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?");

    private static final Pattern LEADING_ZERO = Pattern.compile(
            "(?<![0-9])(?:(?:19|20)[0-9]{2}年)?0[1-9]月(?:0?[1-9]|[12][0-9]|3[01])日|(?<![0-9])[0-9]{1,2}月0[1-9]日");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9.])(?:19|20)[0-9]{2}([-./])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])");


    /** A quick look for 2020-3-5, 2020/3/5 or 2020.3.5: four digits, a separator, a digit. */
    private static boolean hasNumericDate(String text) {
        for (int i = 4; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '/' || c == '.') && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i - 4))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (ProseUnit unit : context.prose()) {
            impossibleDates(unit, out);
            String text = unit.text();
            if (text.indexOf("月0") < 0 && !hasNumericDate(text)) {
                continue; // the common case, without running the patterns over every offset
            }
            Matcher m = LEADING_ZERO.matcher(unit.text());
            while (m.find()) {
                out.add(Findings.violation(RuleId.DATE_FORMAT, unit, m.start(), m.end(), "leadingZero", m.group(),
                        m.group().replaceAll("(?<![0-9])0([1-9])", "$1")));
            }
            m = NUMERIC.matcher(unit.text());
            while (m.find()) {
                String[] p = m.group().split("[-./]");
                out.add(Findings.violation(RuleId.DATE_FORMAT, unit, m.start(), m.end(), "numeric", m.group(),
                        Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
        }
        deadline(context, out);
    }

    /**
     * A date that no calendar has: 2023年13月45日, 2月30日, 2023年2月29日 (not a leap year). A month
     * without a day is only checked with its year (13月 alone may count months: "连续13月"), a day
     * without a year against the longest such month (2月29日 exists in leap years).
     */
    private static void impossibleDates(ProseUnit unit, List<Finding> out) {
        String text = unit.text();
        if (text.indexOf('月') < 0) {
            return;
        }
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            boolean arabic = m.group(2) != null;
            String yearText = arabic ? m.group(1) : m.group(4);
            String dayText = arabic ? m.group(3) : m.group(6);
            if (yearText == null && dayText == null) {
                continue;
            }
            int year = yearText == null ? 0 : arabic ? number(yearText) : chineseYear(yearText);
            int month = arabic ? number(m.group(2)) : ChineseNumerals.toInt(m.group(5));
            int day = dayText == null ? 1 : arabic ? number(dayText) : ChineseNumerals.toInt(dayText);
            if (month < 0 || day < 0) {
                continue; // Chinese numerals that are no number ("十十"): not a date we can read
            }
            String why = impossibility(yearText == null ? 2000 : year, month, day);
            if (why != null) {
                out.add(Findings.violation(RuleId.IMPOSSIBLE_DATE, unit, m.start(), m.end(), "impossible", m.group(), why));
            }
        }
    }

    /** Why a date cannot be, or null when it can (year 2000 stands for "any year": it is a leap year). */
    static String impossibility(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return Findings.text(RuleId.IMPOSSIBLE_DATE, "part.month", month);
        }
        if (day < 1) {
            return Findings.text(RuleId.IMPOSSIBLE_DATE, "part.dayZero");
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day > length) {
            return month == 2 && length == 28 ? Findings.text(RuleId.IMPOSSIBLE_DATE, "part.february", year, length)
                    : Findings.text(RuleId.IMPOSSIBLE_DATE, "part.length", month, length);
        }
        return null;
    }

    private static int number(String digits) {
        return FigureScanner.parseNumber(digits).intValueExact();
    }

    private static int chineseYear(String digits) {
        int year = 0;
        for (char c : digits.toCharArray()) {
            year = year * 10 + "〇一二三四五六七八九".indexOf(c == '○' || c == '零' ? '〇' : c);
        }
        return year;
    }

    private static void deadline(CheckContext context, List<Finding> out) {
        LocalDate date = context.report().date();
        int year = context.report().year();
        Location closing = new Location("", Location.CLOSING, 0, 0);
        if (date == null) {
            out.add(Findings.violation(RuleId.DEADLINE, closing, "", "undated", year + 1));
            return;
        }
        String written = Findings.text(RuleId.DEADLINE, "part.date", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
        LocalDate deadline = LocalDate.of(year + 1, 4, 1);
        if (!date.isBefore(deadline)) {
            out.add(Findings.violation(RuleId.DEADLINE, closing, written, "late", written, year + 1));
        } else if (date.getYear() < year) {
            out.add(Findings.violation(RuleId.DEADLINE, closing, written, "beforeYear", written, year));
        }
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.DATE_FORMAT, RuleId.IMPOSSIBLE_DATE, RuleId.DEADLINE);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.DATE_FORMAT, "2020年3月5日召开专题会议。"),
                RuleExample.caught(RuleId.DATE_FORMAT, "2020年03月05日召开专题会议。"),
                RuleExample.passes(RuleId.IMPOSSIBLE_DATE, "2020年2月29日召开专题会议。"),
                RuleExample.caught(RuleId.IMPOSSIBLE_DATE, "2021年2月29日召开专题会议。"),
                RuleExample.passes(RuleId.DEADLINE, "完善行政决策程序。").datedOn(java.time.LocalDate.of(2021, 3, 31)),
                RuleExample.caught(RuleId.DEADLINE, "完善行政决策程序。").datedOn(java.time.LocalDate.of(2021, 4, 1)));
    }
}
