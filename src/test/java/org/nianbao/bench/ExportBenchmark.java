package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nianbao.export.DocxExporter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm in-process export of the 100-page report (about 220,000 characters, 60 sections, 1,000
 * figures) to a file, fsync and atomic move included. Target: under 80 ms, in a 256 MB heap.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main ExportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class ExportBenchmark {

    /** Characters of prose: the 220,000, and 62,000 (100 rendered pages). */
    @Param({"220000", "62000"})
    public int characters;

    private Report report;
    private Path dir;
    private Path target;
    private final DocxExporter exporter = new DocxExporter();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        report = LargeReport.generate(characters);
        dir = Files.createTempDirectory("export-bench");
        target = dir.resolve("large.docx");
    }

    @Benchmark
    public Path exportLargeReport() {
        exporter.export(report, target);
        return target;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }
}
