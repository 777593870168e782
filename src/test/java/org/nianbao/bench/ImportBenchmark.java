package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.testing.Corpus;
import org.nianbao.testing.SampleReports;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm import time (the target: the corpus report under 200 ms). SampleTime mode, so JMH prints
 * the median as p0.50. Run after {@code mvn -B -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ImportBenchmark
 * </pre>
 * {@code corpus} needs the shared corpus next to the checkout; {@code large} is the hundred-page
 * generated report as .txt, {@code docx} a small styled Word report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {

    @Param({"corpus", "large", "docx"})
    public String input;

    private Path dir;
    private Path file;
    private final ReportImporter importer = new ReportImporter();

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        dir = Files.createTempDirectory("nianbao-bench");
        file = switch (input) {
            case "corpus" -> Corpus.report().orElseThrow(() -> new IllegalStateException("corpus report absent"));
            case "large" -> Files.writeString(dir.resolve("large.txt"), SampleReports.largeReportText());
            case "docx" -> BenchDocx.write(dir.resolve("report.docx"));
            default -> throw new IllegalArgumentException(input);
        };
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public Report importReport() {
        return importer.read(file);
    }
}
