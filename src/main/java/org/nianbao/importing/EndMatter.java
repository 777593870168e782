package org.nianbao.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.text.ChineseDates;
import org.nianbao.text.HeadingMarker;

/**
 * The closing block of a report: issuer names (发文机关署名), one or several per line, then the date
 * (成文日期). Recognized only when a date line closes the text, so a short last paragraph is never
 * mistaken for an issuer.
 *
 * @param issuers   issuer names in order, lead issuer first
 * @param date      the date, or null when the date line names no real day (2021年2月30日)
 * @param lineCount how many lines at the end of the text the block takes
 */
record EndMatter(List<String> issuers, LocalDate date, int lineCount) {

    private static final int MAX_ISSUER_LINES = 4;
    private static final int MAX_ISSUER_LINE_LENGTH = 60;
    /** Sentence punctuation never appears in an issuer's name. */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，；：！？、,;:!?]");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[\\s\\u3000]+");
    /** A note after the date, such as （此件公开发布）, is not part of the report body. */
    private static final Pattern CLOSING_NOTE = Pattern.compile("^[（(][^（）()]{1,20}[）)]$");

    static EndMatter none() {
        return new EndMatter(List.of(), null, 0);
    }

    static EndMatter find(List<SourceLine> lines) {
        int end = lines.size();
        int notes = 0;
        while (end > 0 && notes < 2 && CLOSING_NOTE.matcher(lines.get(end - 1).text()).matches()) {
            end--;
            notes++;
        }
        if (end == 0 || !ChineseDates.isDateShaped(lines.get(end - 1).text())) {
            return none();
        }
        LocalDate date = ChineseDates.parse(lines.get(end - 1).text()).orElse(null);
        int first = end - 1;
        while (first > 0 && end - 1 - first < MAX_ISSUER_LINES && isIssuerLine(lines.get(first - 1))) {
            first--;
        }
        List<String> issuers = new ArrayList<>();
        for (int i = first; i < end - 1; i++) {
            Collections.addAll(issuers, NAME_SEPARATOR.split(lines.get(i).text().strip()));
        }
        return new EndMatter(issuers, date, lines.size() - first);
    }

    private static boolean isIssuerLine(SourceLine line) {
        String text = line.text();
        return line.outlineLevel() == 0
                && text.length() <= MAX_ISSUER_LINE_LENGTH
                && !SENTENCE_PUNCTUATION.matcher(text).find()
                && !text.endsWith("报告") // 特此报告 closes the body, it names no issuer
                && HeadingMarker.parse(text).isEmpty()
                && !ChineseDates.isDateShaped(text);
    }
}
