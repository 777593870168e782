package org.nianbao.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a report writes them: 2021年1月30日 (spaces allowed between the parts, leading zeros
 * allowed) or in Chinese numerals, 二〇二一年一月三十日.
 */
public final class ChineseDates {

    private static final Pattern ARABIC =
            Pattern.compile("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日$");
    private static final Pattern CHINESE =
            Pattern.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$");
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";

    private ChineseDates() {
    }

    /** Whether the whole text has the shape of a date, valid or not (2021年2月30日 has). */
    public static boolean isDateShaped(String text) {
        String s = text.strip();
        return ARABIC.matcher(s).matches() || CHINESE.matcher(s).matches();
    }

    /** The date the whole text states; empty when it is not a date or not a real day. */
    public static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        Matcher a = ARABIC.matcher(s);
        if (a.matches()) {
            return of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
        }
        Matcher c = CHINESE.matcher(s);
        if (c.matches()) {
            int year = 0;
            for (char ch : c.group(1).toCharArray()) {
                year = year * 10 + YEAR_DIGITS.indexOf(ch == '○' || ch == '零' ? '〇' : ch);
            }
            return of(year, ChineseNumerals.toInt(c.group(2)), ChineseNumerals.toInt(c.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
