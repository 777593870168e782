package org.nianbao.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Paragraph;

/**
 * The year a report is about, when the officer did not say: the title names it
 * ("示例区2023年法治政府建设年度报告"), else the preamble opens with it ("2020年，在……"), else a
 * level-1 heading ("一、2020年法治政府建设主要成效"), else it is the year before the date.
 */
final class YearDetector {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

    private YearDetector() {
    }

    static int detect(String title, List<Paragraph> preamble, List<OutlineBuilder.Node> parts, LocalDate date) {
        OptionalInt year = firstYear(title);
        if (year.isEmpty() && !preamble.isEmpty()) {
            year = firstYear(firstSentence(preamble.get(0).text()));
        }
        for (int i = 0; year.isEmpty() && i < parts.size(); i++) {
            year = firstYear(parts.get(i).heading);
        }
        if (year.isPresent()) {
            return year.getAsInt();
        }
        // a report is written early in the year after the one it reports on
        return (date != null ? date : LocalDate.now()).getYear() - 1;
    }

    private static OptionalInt firstYear(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static String firstSentence(String text) {
        int stop = text.indexOf('。');
        return stop < 0 ? text : text.substring(0, stop);
    }
}
