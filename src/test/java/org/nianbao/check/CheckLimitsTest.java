package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;

/**
 * Issue 15, "Limits": the check grows linearly with the text, whatever its shape. The bound is
 * generous (a quadratic check quadruples the time per figure when the text quadruples; a linear one
 * keeps it), so a loaded machine does not fail it; medians are in docs/benchmarks.md.
 */
class CheckLimitsTest {

    /** One group of four figures: a count, a count, their rate, and a share of a 其中 list. */
    private static String group(int i, String end) {
        int accepted = 1000 + i;
        int closed = 900 + i % 100;
        String rate = new BigDecimal(closed * 100).divide(new BigDecimal(accepted), 2, RoundingMode.HALF_UP).toPlainString();
        return "受理案件" + accepted + "件，办结" + closed + "件，办结率" + rate + "%，其中甲类" + closed / 2 + "件，占50%" + end;
    }

    private static Report oneParagraph(int groups, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < groups; i++) {
            sb.append(group(i, separator));
        }
        return Fixtures.withParagraphs(sb.toString());
    }

    private static Report manyParagraphs(int count) {
        String[] paragraphs = new String[count];
        Arrays.setAll(paragraphs, i -> i % 3 == 0 ? group(i, "。") : "完成第" + i + "项工作。");
        return Fixtures.withParagraphs(paragraphs);
    }

    /** Median nanoseconds of three checks, after one to warm up. */
    private static long median(Report report) {
        ReportChecker checker = new ReportChecker();
        checker.check(report);
        long[] t = new long[3];
        for (int k = 0; k < 3; k++) {
            long start = System.nanoTime();
            checker.check(report);
            t[k] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return t[1];
    }

    private static void growsLinearly(IntFunction<Report> sized, int small) {
        long a = median(sized.apply(small));
        long b = median(sized.apply(small * 4));
        assertThat((double) b / a).as("time for 4× the text: %d ms against %d ms", b / 1_000_000, a / 1_000_000)
                .isLessThan(10.0); // linear gives about 4; quadratic about 16
    }

    @Test
    void oneSentenceOfThousandsOfFiguresIsCheckedInLinearTime() {
        growsLinearly(n -> oneParagraph(n, "，"), 500);
    }

    @Test
    void oneParagraphOfThousandsOfClausesIsCheckedInLinearTime() {
        growsLinearly(n -> oneParagraph(n, "；"), 500);
    }

    @Test
    void manyParagraphsAreCheckedInLinearTime() {
        growsLinearly(CheckLimitsTest::manyParagraphs, 5_000);
    }

    @Test
    void tenThousandFiguresInOneParagraphAreCheckedAndRight() {
        CheckReport result = new ReportChecker().check(oneParagraph(2_500, "；"));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("rate"))
                .hasSize(2_500).allMatch(f -> f.status() == FindingStatus.OK);
        assertThat(result.findings()).noneMatch(f -> f.status() == FindingStatus.MISMATCH);
    }

    /** Issue 15, "Numbers the checker must not misread". */
    @Test
    void numbersThatAreNotWhatTheyLookLike() {
        assertThat(Fixtures.findings(Fixtures.withParagraphs("受理1e309件，办结1件，办结率100%。"), "rate"))
                .noneMatch(f -> f.status() == FindingStatus.OK && f.inputs().containsValue("1"));
        // "-5件" is not 5: it is no count a rate can divide
        assertThat(Fixtures.only(Fixtures.withParagraphs("受理-5件，办结5件，办结率100%。"), "rate").status())
                .isNotEqualTo(FindingStatus.OK);
        Finding fall = Fixtures.only(Fixtures.withParagraphs("考试通过率为55.85%（上年58.2%），提高-2.35个百分点。"), "points");
        assertThat(fall.status()).as(fall.message()).isEqualTo(FindingStatus.OK);
        Finding wrong = Fixtures.only(Fixtures.withParagraphs("考试通过率为55.85%（上年58.2%），提高-3.35个百分点。"), "points");
        assertThat(wrong.status()).isEqualTo(FindingStatus.MISMATCH);
        List<Finding> dates = Fixtures.findings(Fixtures.withParagraphs("2023年13月45日召开会议，2024年2月29日复会。"),
                RuleId.IMPOSSIBLE_DATE);
        assertThat(dates).singleElement().satisfies(f -> assertThat(f.message()).contains("不存在").contains("2023年13月45日"));
    }
}
