package org.nianbao.check;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates: written without leading zeros as 2021年1月5日 (not 2021年01月05日, nor 2021-01-05), and the
 * report dated before 4月1日 of the following year, the publication deadline.
 */
final class DateRule implements Rule {

    static final String FORMAT = "date-format";
    static final String DEADLINE = "deadline";

    private static final Pattern LEADING_ZERO = Pattern.compile(
            "(?<![0-9])(?:(?:19|20)[0-9]{2}年)?0[1-9]月(?:0?[1-9]|[12][0-9]|3[01])日|(?<![0-9])[0-9]{1,2}月0[1-9]日");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9.])(?:19|20)[0-9]{2}([-./])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])");

    /** 2023年13月45日: a date written in full, checked against the calendar. */
    private static final Pattern WRITTEN = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日");

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

    private static boolean exists(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (ProseUnit unit : context.prose()) {
            String text = unit.text();
            if (text.indexOf('日') >= 0) {
                Matcher d = WRITTEN.matcher(text);
                while (d.find()) {
                    if (!exists(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)))) {
                        out.add(Findings.violation(FORMAT, Severity.WARNING, unit, d.start(), d.end(), "日期“" + d.group()
                                + "”不存在（" + d.group(1) + "年没有" + d.group(2) + "月" + d.group(3) + "日），请核对。"));
                    }
                }
            }
            if (text.indexOf("月0") < 0 && !hasNumericDate(text)) {
                continue; // the common case, without running the patterns over every offset
            }
            Matcher m = LEADING_ZERO.matcher(unit.text());
            while (m.find()) {
                out.add(Findings.violation(FORMAT, Severity.WARNING, unit, m.start(), m.end(), "日期“" + m.group()
                        + "”的月、日不应加前导零，应写作“" + m.group().replaceAll("(?<![0-9])0([1-9])", "$1") + "”。"));
            }
            m = NUMERIC.matcher(unit.text());
            while (m.find()) {
                String[] p = m.group().split("[-./]");
                out.add(Findings.violation(FORMAT, Severity.WARNING, unit, m.start(), m.end(), "日期“" + m.group()
                        + "”应写作“" + Integer.parseInt(p[0]) + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2])
                        + "日”。"));
            }
        }
        LocalDate date = context.report().date();
        int year = context.report().year();
        Location closing = new Location("", Location.CLOSING, 0, 0);
        if (date == null) {
            out.add(Finding.violation(DEADLINE, Severity.INFO, closing, "", "尚未填写成文日期。报告须在" + (year + 1)
                    + "年4月1日前公开。"));
            return;
        }
        String written = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        LocalDate deadline = LocalDate.of(year + 1, 4, 1);
        if (!date.isBefore(deadline)) {
            out.add(Finding.violation(DEADLINE, Severity.WARNING, closing, written, "成文日期" + written + "不早于" + (year + 1)
                    + "年4月1日：年度报告须在4月1日前向社会公开，请核对日期。"));
        } else if (date.getYear() < year) {
            out.add(Finding.violation(DEADLINE, Severity.WARNING, closing, written, "成文日期" + written + "早于报告年度"
                    + year + "年，可能是沿用往年报告时未改。"));
        }
    }
}
