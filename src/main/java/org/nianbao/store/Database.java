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
        boolean readOnly = exists && !Files.isWritable(file)
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
            db.configureForWriting();
            Migrations.migrate(db);
        }
        return db;
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
            throw notOurs(file);
        }
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
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
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private void configureForWriting() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode survives a crash of the program; only a power cut may lose the last
            // commits, never consistency. It keeps one edit's commit well under a millisecond or two.
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 3000");
        } catch (SQLException e) {
            throw new StoreException("cannot configure " + file, e);
        }
    }

    static BadInputException notOurs(Path file) {
        return new BadInputException("不是年报数据库文件（不是 SQLite 数据库，或属于其他程序）：" + file,
                "not a Nianbao database (not SQLite, or another program's): " + file);
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
        if (readOnly) {
            throw new BadInputException("数据库为只读，修改无法保存：" + file,
                    "the database is read-only; changes cannot be saved: " + file);
        }
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed in " + file, e);
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
            throw new StoreException("database read failed in " + file, e);
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
