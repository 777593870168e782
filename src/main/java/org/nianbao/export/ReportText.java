package org.nianbao.export;

import java.util.List;
import org.nianbao.model.Metric;
import org.nianbao.text.PrintedText;

/**
 * Prose of the report as it prints: the export's name for {@link PrintedText}, which the page
 * layout shares.
 */
final class ReportText {

    private final PrintedText printed;

    ReportText(List<Metric> metrics) {
        this.printed = new PrintedText(metrics);
    }

    /** The text with its {{指标名}} references replaced by the figures. */
    String resolve(String text) {
        return printed.resolve(text);
    }

    /** A name as it prints (an attachment's): references resolved, no closing punctuation. */
    String name(String title) {
        return withoutClosingPunctuation(resolve(title));
    }

    /** The text without closing punctuation: headings, attachment names, list items. */
    static String withoutClosingPunctuation(String text) {
        return PrintedText.withoutClosingPunctuation(text);
    }

    static String asSentence(String heading) {
        return PrintedText.asSentence(heading);
    }

    static String date(java.time.LocalDate date) {
        return PrintedText.date(date);
    }
}
