package org.nianbao.bench;

import java.util.concurrent.TimeUnit;
import org.nianbao.check.CheckReport;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.Report;
import org.nianbao.testing.LongProse;
import org.nianbao.testing.SampleReports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full check of a 100-page report (about 227,000 characters, 1,000 figures), warm: the budget is
 * 50 ms, so the window can re-check after every pause in typing. Sample time reports the median.
 * And the limits (issue 15): one paragraph of 10,000 figures, and 400,000 short paragraphs (3.3
 * million characters), which must cost time in proportion to their size, not minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CheckBenchmark {

    private Report report;
    private ReportChecker checker;

    @Setup
    public void setUp() {
        report = SampleReports.largeReport();
        checker = new ReportChecker();
    }

    @Benchmark
    public CheckReport fullCheckOf100PageReport() {
        return checker.check(report);
    }

    /** Issue 15: the shapes that were quadratic, checked once per call. */
    @State(Scope.Benchmark)
    public static class Extremes {
        Report tenThousandFiguresInOneParagraph;
        /** Rates, shares, growth, points and a 其中 list in sentences (testing.LongProse). */
        Report tenThousandMixedFigures;
        /** Counts, 其中 lists, 一是/二是 and colons, 3.3 million characters (testing.LongProse). */
        Report fourHundredThousandShortParagraphs;

        @Setup
        public void setUp() {
            tenThousandMixedFigures = LongProse.oneParagraph(10_000);
            fourHundredThousandShortParagraphs = LongProse.shortParagraphs(400_000);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2_500; i++) { // four figures each: two counts, a rate, a share
                int accepted = 1000 + i;
                int closed = 900 + i % 100;
                sb.append("受理案件").append(accepted).append("件，办结").append(closed).append("件，办结率")
                        .append(new java.math.BigDecimal(closed * 100).divide(new java.math.BigDecimal(accepted), 2,
                                java.math.RoundingMode.HALF_UP).toPlainString())
                        .append("%，其中甲类").append(closed / 2).append("件，占50%；");
            }
            tenThousandFiguresInOneParagraph = withBody(java.util.List.of(sb.toString()));
        }

        private static Report withBody(java.util.List<String> paragraphs) {
            return Report.blank(2023, "极限测试").withSections(java.util.List.of(org.nianbao.model.Section.of("正文",
                    org.nianbao.model.HeadingStyle.STANDALONE,
                    paragraphs.stream().map(org.nianbao.model.Paragraph::of).toList(), java.util.List.of())));
        }
    }

    @Benchmark
    public CheckReport tenThousandFiguresInOneParagraph(Extremes e) {
        return checker.check(e.tenThousandFiguresInOneParagraph);
    }

    @Benchmark
    public CheckReport oneParagraphOf10000Figures(Extremes e) {
        return checker.check(e.tenThousandMixedFigures);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public CheckReport fourHundredThousandShortParagraphs(Extremes e) {
        return checker.check(e.fourHundredThousandShortParagraphs);
    }
}
