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
    private Report tenThousandFigures;
    private Report shortParagraphs;
    private ReportChecker checker;

    @Setup
    public void setUp() {
        report = SampleReports.largeReport();
        tenThousandFigures = LongProse.oneParagraph(10_000);
        shortParagraphs = LongProse.shortParagraphs(400_000);
        checker = new ReportChecker();
    }

    @Benchmark
    public CheckReport fullCheckOf100PageReport() {
        return checker.check(report);
    }

    @Benchmark
    public CheckReport oneParagraphOf10000Figures() {
        return checker.check(tenThousandFigures);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public CheckReport fourHundredThousandShortParagraphs() {
        return checker.check(shortParagraphs);
    }
}
