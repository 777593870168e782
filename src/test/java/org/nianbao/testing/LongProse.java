package org.nianbao.testing;

import java.util.List;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.text.FigureScanner;

/**
 * Texts at the limits of what the checker must bear (issue 15, "Limits"): one paragraph of
 * thousands of figures, and hundreds of thousands of short paragraphs, as a pasted spreadsheet or a
 * generated .docx gives them. Deterministic, written by us; for the benchmarks and the limit tests.
 */
public final class LongProse {

    /** Rates, shares, growth, a 其中 list and last year's figures, every one of them consistent. */
    public static final String MIXED_SENTENCE = "全年受理行政复议案件120件，办结110件，办结率为91.67%，同比增长20%（上年100件）；"
            + "其中维持55件，占50%，撤销30件，占27.27%，确认违法25件。通过率由60.5%提高到63.8%，提高3.3个百分点。";

    private static final String[] SHORT = {"全年受理案件%d件。", "其中，办结%d件、在办5件，同比增长3.5%%。", "一是加强领导；二是完善机制。",
            "现将有关情况报告如下："};

    private LongProse() {
    }

    /** A sentence repeated until the text holds at least {@code figures} figures. */
    public static String repeated(String sentence, int figures) {
        int per = FigureScanner.scan(sentence).size();
        return sentence.repeat((figures + per - 1) / per);
    }

    /** A report whose only body paragraph holds at least {@code figures} figures. */
    public static Report oneParagraph(int figures) {
        return withParagraphs(List.of(repeated(MIXED_SENTENCE, figures)));
    }

    /** A report of {@code n} short paragraphs (counts, 其中 lists, 一是/二是, a colon) in one section. */
    public static Report shortParagraphs(int n) {
        String[] paragraphs = new String[n];
        for (int i = 0; i < n; i++) {
            paragraphs[i] = String.format(SHORT[i % SHORT.length], 100 + i % 50);
        }
        return withParagraphs(List.of(paragraphs));
    }

    private static Report withParagraphs(List<String> paragraphs) {
        Section part = Section.of(SampleReports.YEAR + "年法治政府建设主要举措和成效", HeadingStyle.STANDALONE,
                paragraphs.stream().map(Paragraph::of).toList(), List.of());
        return Report.blank(SampleReports.YEAR, SampleReports.TITLE).withSections(List.of(part));
    }
}
