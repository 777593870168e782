package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.nianbao.model.BadInputException;

/**
 * One open SQLite file: validation before anything is written, versioned migrations, WAL journal,
 * foreign keys, and a transaction per unit of work.
 *
 * <p>A file that is not ours is inspected through a read-only connection first and refused without a
 * byte changed: switching the journal to WAL or running a migration would already write to it.
 */
final class Database implements AutoCloseable {

    /** Marks the file as a Nianbao database (PRAGMA application_id): "NBAO". */
    static final int APPLICATION_ID = 0x4E42414F;
    /** How long a write waits for another process's write (an import in a second window) to end. */
    private static final int SQLITE_OPEN_READONLY = 0x1;
    private static final int SQLITE_OPEN_URI = 0x40;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;

    private Database(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    static Database open(Path file) {
        boolean exists = Files.exists(file);
        if (exists && Files.isDirectory(file)) {
            throw new BadInputException("数据库路径是一个文件夹，不是数据库文件：" + file,
                    "the database path is a folder, not a database file: " + file);
        }
        boolean hasContent = exists && size(file) > 0;
        if (hasContent) {
            requireSqliteHeader(file);
            inspectSchema(file);
        }
        // a file in a folder we cannot write (a backup, a network share) cannot take its WAL journal
        boolean readOnly = exists && !(Files.isWritable(file) && folderWritable(file))
                || !exists && !canCreate(file);
        if (readOnly && !hasContent) {
            throw new BadInputException("无法创建数据库文件（文件夹不可写）：" + file,
                    "cannot create the database file (folder not writable): " + file);
        }
        if (!readOnly && !exists) {
            createParent(file);
        }
        Connection connection = connect(file, readOnly);
        Database db = new Database(file, connection, readOnly);
        if (!readOnly) {
            try {
                db.configureForWriting();
                Migrations.migrate(db);
            } catch (RuntimeException e) {
                db.closeAfter(e);
                if (!exists) {
                    removeIfEmpty(file);
                }
                throw e;
            }
        }
        return db;
    }

    /**
     * Removes a database file this open created and could not set up (a full disk): an empty file
     * would make the next start think the officer had a database. A file with content, or with a
     * WAL journal that may hold another process's first commit, is left alone.
     */
    private static void removeIfEmpty(Path file) {
        try {
            if (Files.notExists(file.resolveSibling(file.getFileName() + "-wal")) && Files.size(file) == 0) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            }
        } catch (IOException ignored) {
            // left for the next start, which treats an empty file as a new database
        }
    }

    private void closeAfter(Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void requireSqliteHeader(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw notOurs(file);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads version and owner through a read-only connection; refuses what this version cannot use. */
    private static void inspectSchema(Path file) {
        try (Connection c = connect(file, true); Statement st = c.createStatement()) {
            int appId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            boolean hasTables;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                hasTables = rs.next() && rs.getInt(1) > 0;
            }
            if (appId != APPLICATION_ID && (appId != 0 || hasTables)) {
                throw notOurs(file);
            }
            if (version > Migrations.latestVersion()) {
                throw new BadInputException(
                        "数据库由更新版本的年报创建（结构版本 " + version + "，本版本最高支持 "
                                + Migrations.latestVersion() + "），请升级年报后再打开：" + file,
                        "the database was written by a newer Nianbao (schema " + version
                                + ", this version knows up to " + Migrations.latestVersion() + "): " + file);
            }
        } catch (SQLException e) {
            throw cannotOpen(file, e);
        }
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean folderWritable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && Files.isWritable(parent);
    }

    private static boolean canCreate(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        return parent != null && Files.isDirectory(parent) && Files.isWritable(parent);
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new BadInputException("无法创建数据库所在的文件夹：" + parent,
                    "cannot create the database folder: " + parent, e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) {
        NativeLibraryCache.prepare();
        Properties props = new Properties();
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        if (readOnly) {
            props.setProperty("open_mode", String.valueOf(SQLITE_OPEN_READONLY | SQLITE_OPEN_URI));
            if (!folderWritable(file) && !Files.exists(sibling(file, "-wal"))) {
                // SQLite reads a WAL-mode file through a -shm file it creates beside it; in a folder it
                // cannot write, the file must be opened as one nobody changes (all is in the main file
                // when no -wal is there)
                url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
            }
        }
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw cannotOpen(file, e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private void configureForWriting() {
        try (Statement st = connection.createStatement()) {
            // first: a second process creating the same new file waits for the first instead of failing
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            switchToWal(st);
            // NORMAL in WAL mode survives a crash of the program; only a power cut may lose the last
            // commits, never consistency. It keeps one edit's commit well under a millisecond or two.
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            throw StoreFailures.of(file, e, "configuring the database");
        }
    }

    /**
     * Sets WAL mode, waiting for another opener of a new file: SQLite's busy handler does not cover the
     * change of journal mode, which fails at once while the other connection migrates the new file
     * (seen under load: one opener in a few dozen got "database is locked"). WAL is kept in the file,
     * so once the other one has set it, the retry finds it set.
     */
    private static void switchToWal(Statement st) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        while (true) {
            try {
                st.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                if (!StoreFailures.isBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static BadInputException notOurs(Path file) {
        return new BadInputException("不是年报数据库文件（不是 SQLite 数据库，或属于其他程序）：" + file,
                "not a Nianbao database (not SQLite, or another program's): " + file);
    }

    /** Why SQLite could not open or read the file: not a database, a full disk, or unreadable. */
    private static RuntimeException cannotOpen(Path file, SQLException e) {
        if (StoreFailures.isNotADatabase(e)) {
            return notOurs(file);
        }
        RuntimeException failure = StoreFailures.of(file, e, "opening the database");
        return failure instanceof BadInputException ? failure : unreadable(file, e);
    }

    private static BadInputException unreadable(Path file, Exception e) {
        return new BadInputException("无法读取数据库文件：" + file, "cannot read the database file: " + file, e);
    }

    Path file() {
        return file;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    Connection connection() {
        return connection;
    }

    /** Work that runs inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    synchronized <T> T inTransaction(Work<T> work) {
        requireWritable();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw StoreFailures.of(file, e, "database write");
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw StoreFailures.of(file, e, "database write");
        } catch (RuntimeException e) {
            rollbackAfter(e);
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /**
     * Runs work in a transaction that holds the write lock from its first statement (BEGIN IMMEDIATE),
     * so what it reads cannot change before it writes: another process opening the same new file waits
     * for it and then sees its work. Used for the schema migration.
     */
    synchronized <T> T inWriteLockedTransaction(Work<T> work) {
        requireWritable();
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                st.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException alreadyRolledBack) {
                    e.addSuppressed(alreadyRolledBack);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw StoreFailures.of(file, e, "database write");
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new BadInputException("数据库为只读，修改无法保存：" + file,
                    "the database is read-only; changes cannot be saved: " + file);
        }
    }

    /**
     * Undoes a failed transaction. SQLite itself rolls back after some failures (a full disk), and
     * then the driver's rollback fails too: that second failure must not hide the first.
     */
    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // nothing is left to commit after a rollback; the connection is in auto-commit mode again
        }
    }

    /** Runs a read; reads see one consistent state of the file. */
    synchronized <T> T read(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreFailures.of(file, e, "database read");
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file, e);
        }
    }
}
