package org.nianbao.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.ChineseDates;

/**
 * Dates as officers type them into a deadline or the report's date: 2024年6月30日, 2024年6月底 and
 * 2024年6月 (the month's last day: a deadline "by June"), 2024-06-30, 2024/6/30, 2024.6.30, and the
 * Chinese-numeral form the report itself uses. Shown back as 2024-06-30.
 */
public final class OfficerDates {

    private static final Pattern MONTH = Pattern.compile("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*(底|末)?$");
    private static final Pattern NUMERIC = Pattern.compile("^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$");

    private OfficerDates() {
    }

    /** The date typed; empty when the text is no date or no real day (2024年2月30日). */
    public static Optional<LocalDate> parse(String typed) {
        String s = typed == null ? "" : typed.strip();
        Matcher month = MONTH.matcher(s);
        if (month.matches()) {
            try {
                return Optional.of(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atEndOfMonth());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return ChineseDates.parse(s);
    }
}
