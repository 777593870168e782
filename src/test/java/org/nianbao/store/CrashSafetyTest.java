package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.testing.SampleReports;

/**
 * Kills (SIGKILL) a child JVM that keeps importing a large report, at several moments, and shows
 * that the database still opens and holds only whole reports: one transaction per import.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    /** The child: imports the file into the database again and again until it is killed. */
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path file = Path.of(args[1]);
        try (ReportStore store = ReportStore.open(db)) {
            Files.writeString(db.resolveSibling("ready"), "ready");
            while (true) {
                store.insert(new ReportImporter().read(file));
            }
        }
    }

    @Test
    void aKilledImportLeavesOnlyWholeReports() throws Exception {
        Path file = dir.resolve("large.txt");
        Files.writeString(file, SampleReports.largeReportText(), StandardCharsets.UTF_8);
        Report expected = new ReportImporter().read(file);
        Path db = dir.resolve("crash.db");

        List<Integer> counts = new ArrayList<>();
        long[] killAfterMillis = {0, 150, 400, 900, 1700};
        for (long delay : killAfterMillis) {
            Files.deleteIfExists(dir.resolve("ready"));
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    CrashSafetyTest.class.getName(), db.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(dir.resolve("ready")) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(10);
            }
            Thread.sleep(delay);
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by us
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(integrityCheck(db)).isEqualTo("ok");
            try (ReportStore store = ReportStore.open(db)) {
                List<ReportSummary> reports = store.list();
                for (ReportSummary summary : reports) {
                    Report r = store.load(summary.id());
                    assertThat(r.outline()).hasSameSizeAs(expected.outline());
                    assertThat(r.problems()).hasSameSizeAs(expected.problems());
                    assertThat(r.issuers()).isEqualTo(expected.issuers());
                }
                counts.add(reports.size());
            }
        }
        System.out.println("reports after each kill: " + counts);
        // the database kept growing across kills: earlier whole imports survived later kills
        assertThat(counts).isSorted();
        assertThat(counts.get(counts.size() - 1)).isGreaterThan(counts.get(0));
    }

    /** SQLite's own verdict on the file: "ok" when every page and index is consistent. */
    static String integrityCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString()
                + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
