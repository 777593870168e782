package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;

/** The scratch database of {@code check FILE}: owner-only, gone after the command, swept when abandoned. */
class TemporaryDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void itIsReadableByItsOwnerOnlyAndGoneWhenClosed() throws Exception {
        Path folder;
        try (TemporaryDatabase temp = TemporaryDatabase.create(tmp); ReportStore store = ReportStore.open(temp.file())) {
            store.insert(Fixtures.smallReport());
            folder = temp.folder();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------"));
            }
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void oneLeftByAKilledProcessIsRemovedAtTheNextStartAndARunningOnesIsKept() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path abandoned = Files.createDirectory(tmp.resolve("nianbao-check-" + finished.pid() + "-abc"));
        Files.writeString(abandoned.resolve("temporary.db"), "示例区 report text");
        Path running = Files.createDirectory(tmp.resolve("nianbao-check-" + ProcessHandle.current().pid() + "-def"));
        Path unrelated = Files.createDirectory(tmp.resolve("nianbao-checklist"));

        try (TemporaryDatabase temp = TemporaryDatabase.create(tmp)) {
            assertThat(abandoned).doesNotExist();
            assertThat(running).exists();
            assertThat(unrelated).exists();
        }
    }

    @Test
    void checkingAFileLeavesNothingInTheTemporaryFolder() throws Exception {
        Path report = Files.writeString(tmp.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        String saved = System.getProperty("java.io.tmpdir");
        Path scratch = Files.createDirectory(tmp.resolve("scratch"));
        System.setProperty("java.io.tmpdir", scratch.toString());
        try {
            CliRun run = CliRun.of("check", report.toString());
            assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.CHECK_ERRORS);
        } finally {
            System.setProperty("java.io.tmpdir", saved);
        }
        try (Stream<Path> left = Files.list(scratch)) {
            // (the SQLite driver may unpack its native library here when it loads first)
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("nianbao"));
        }
    }
}
