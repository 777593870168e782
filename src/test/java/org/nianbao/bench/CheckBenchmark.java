package org.nianbao.bench;

import java.util.concurrent.TimeUnit;
import org.nianbao.check.CheckReport;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.Report;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
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
}
