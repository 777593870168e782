package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.ReadOnlyFiles;

/** What the store refuses, and that what it refuses is left exactly as it was. */
class DatabaseRefusalTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftByteIdentical() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "这不是数据库 just text", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(notDb);
        assertThatThrownBy(() -> ReportStore.open(notDb))
                .isInstanceOf(BadInputException.class).hasMessageContaining("不是年报数据库").hasMessageContaining("notes.db");
        assertThat(Files.readAllBytes(notDb)).isEqualTo(before);
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftByteIdentical() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> ReportStore.open(other)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("不是年报数据库");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aSchemaNewerThanThisVersionIsRefusedAndLeftByteIdentical() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (ReportStore store = ReportStore.open(newer)) {
            store.insert(Fixtures.smallReport());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        }
        byte[] before = Files.readAllBytes(newer);
        assertThatThrownBy(() -> ReportStore.open(newer)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("更新版本");
        assertThat(Files.readAllBytes(newer)).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseOpensForReadingAndRefusesChangesWithANote() throws Exception {
        Path file = dir.resolve("readonly.db");
        Report stored;
        try (ReportStore store = ReportStore.open(file)) {
            stored = store.insert(Fixtures.smallReport());
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        // root ignores permission bits (CI runs as root); the immutable attribute binds root too
        boolean immutable = Files.isWritable(file) && ReadOnlyFiles.makeImmutable(file);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file),
                "cannot make a file read-only for this user (root without chattr)");
        try (ReportStore store = ReportStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.load(stored.id())).isEqualTo(stored);
            assertThatThrownBy(() -> store.deleteReport(stored.id()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("只读");
        } finally {
            if (immutable) {
                ReadOnlyFiles.undoImmutable(file);
            }
        }
    }

    @Test
    void anEmptyFileIsTakenAsANewDatabase() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        try (ReportStore store = ReportStore.open(empty)) {
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> ReportStore.open(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("文件夹");
    }
}
