package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
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
 * Store targets of the foundation issue: opening the database and loading a 100-page report under
 * 100 ms warm; committing one edit under 5 ms. Sample time gives medians (p0.50) directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBenchmark {

    private Path dir;
    private Path db;
    private long reportId;
    private ReportStore openStore;
    private Section editable;
    private String baseText;
    private int edits;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("nianbao-bench");
        db = dir.resolve("bench.db");
        try (ReportStore store = ReportStore.open(db)) {
            reportId = store.insert(SampleReports.largeReport()).id();
        }
        openStore = ReportStore.open(db);
        editable = openStore.load(reportId).sections().get(0).children().get(0);
        baseText = editable.paragraphs().get(0).text();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        openStore.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Open the file (validation, migrations check, WAL) and load the whole report. */
    @Benchmark
    public Report openAndLoad100PageReport() {
        try (ReportStore store = ReportStore.open(db)) {
            return store.load(reportId);
        }
    }

    /** One keystroke-sized edit of a section, committed in its own transaction. */
    @Benchmark
    public void commitOneEdit() {
        List<Paragraph> paragraphs = new java.util.ArrayList<>(editable.paragraphs());
        paragraphs.set(0, new Paragraph(baseText + (edits++ % 10)));
        openStore.updateSection(editable.withParagraphs(paragraphs));
    }
}
