package org.nianbao.bench;

import java.util.Arrays;
import org.nianbao.check.CheckReport;
import org.nianbao.check.LargeReportGenerator;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.Report;

/**
 * A full check of a 100-page report with at least 1,000 figures, warm: the budget is 50 ms, so the
 * UI can re-check after every pause in typing. Prints the median and the 90th percentile.
 *
 * <p>Run: {@code mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.nianbao.bench.CheckBenchmark}
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        Report report = LargeReportGenerator.generate(100, 1000, 42);
        ReportChecker checker = new ReportChecker();
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += checker.check(report).findings().size();
        }
        long[] nanos = new long[runs];
        CheckReport last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = checker.check(report);
            nanos[i] = System.nanoTime() - t0;
            sink += last.findings().size();
        }
        Arrays.sort(nanos);
        System.out.printf("full check, 100 pages: median %.2f ms, p90 %.2f ms, min %.2f ms (%d runs; %d findings, "
                        + "%d verified; sink %d)%n", nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[0] / 1e6,
                runs, last.findings().size(), last.verified(), sink);
    }
}
