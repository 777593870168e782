package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewImport;
import org.nianbao.review.ReturnedFile;
import org.nianbao.compose.ExportForReview;
import org.nianbao.compose.ReviewSession;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.SampleReports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12: a returned file with thousands of tracked changes (a reviewer who retyped the 100-page
 * report: one character in every 30 replaced, about 7,500 changes) read and placed on its export
 * snapshot, target under 2 s; and all its pending changes placed on the current text with the
 * checker's figure test, as the 审阅 pane and {@code review} show them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(1)
public class ReviewBenchmark {

    private Path dir;
    private Path returned;
    private ExportSnapshot snapshot;
    private ReportStore store;
    private Report report;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        dir = Files.createTempDirectory("nianbao-bench");
        store = ReportStore.open(dir.resolve("bench.db"));
        report = store.insert(SampleReports.largeReport());
        Path export = dir.resolve("export.docx");
        snapshot = new ExportForReview(store).export(report, export);
        returned = dir.resolve("returned.docx");
        int changes = ManyChangesDocx.write(export, returned, 30);
        ReviewImport imported = new ReviewSession(store).importFile(returned, null);
        System.out.println("tracked replacements: " + changes + ", items read: " + imported.items().size());
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public ReviewImport readReturnedFile() {
        return ReturnedFile.read(returned).review(snapshot, report.id(), Instant.EPOCH);
    }

    @Benchmark
    public List<ReviewSession.Pending> placePendingChanges() {
        return new ReviewSession(store).pending(report.id());
    }
}
