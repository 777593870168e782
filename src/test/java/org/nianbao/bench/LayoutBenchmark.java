package org.nianbao.bench;

import java.util.concurrent.TimeUnit;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.fonts.FontWidths;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm page layout of a 300-page report (184,000 characters of the export benchmark's prose, 301
 * pages), widths measured from the installed fonts. Target: under 300 ms.
 *
 * <pre>
 * mvn -B -Pbench verify -DskipTests -Dbench=LayoutBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class LayoutBenchmark {

    @Param({"184000"})
    public int characters;

    private Report report;
    private PageLayout layout;

    @Setup(Level.Trial)
    public void setUp() {
        report = LargeReport.generate(characters);
        layout = new PageLayout(new FontWidths(InstalledFonts.system()));
        System.out.println("pages: " + layout.layOut(report).pageCount());
    }

    @Benchmark
    public LaidOutReport layOutReport() {
        return layout.layOut(report);
    }
}
