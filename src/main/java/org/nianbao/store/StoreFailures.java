package org.nianbao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.nianbao.model.BadInputException;

/**
 * What a failed database call means for the officer. SQLite names the cause in its result code; the
 * ones the officer can act on (a full disk, a read-only file, another program holding the file, a
 * damaged file) become a {@link BadInputException} with one plain line; the rest stay a
 * {@link StoreException} (a bug). A failed write is always rolled back, so each line can say that
 * nothing was saved.
 */
final class StoreFailures {

    // SQLite's primary result codes (the low byte of an extended code)
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    /** Less free space than a few pages: the write could not have found room. */
    private static final long LOW_SPACE_BYTES = 64 * 1024;

    private StoreFailures() {
    }

    static RuntimeException of(Path file, SQLException e, String doing) {
        return switch (primaryCode(e)) {
            case SQLITE_FULL -> diskFull(file, e);
            case SQLITE_READONLY -> new BadInputException("数据库为只读，修改无法保存：" + file,
                    "the database is read-only; changes cannot be saved: " + file, e);
            case SQLITE_BUSY, SQLITE_LOCKED -> new BadInputException(
                    "数据库正被另一个年报程序使用，修改未保存，请稍后重试：" + file,
                    "the database is in use by another Nianbao; nothing was saved, retry later: " + file, e);
            case SQLITE_IOERR, SQLITE_CANTOPEN -> isNoSpace(file, e) ? diskFull(file, e) : new BadInputException(
                    "读写数据库文件时磁盘出错，修改未保存：" + file + "。请检查磁盘或网络共享后重试",
                    "a disk error while using the database; nothing was saved: " + file, e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new BadInputException(
                    "数据库文件已损坏：" + file + "。请从备份恢复（备份方法见 README）",
                    "the database file is damaged; restore it from a backup: " + file, e);
            default -> new StoreException(doing + " failed in " + file, e);
        };
    }

    static BadInputException diskFull(Path file, Exception cause) {
        return new BadInputException("磁盘空间已满，修改未保存，数据库保持原样：" + file + "。请清理磁盘空间后重试",
                "the disk is full; nothing was saved and the database is as it was: " + file, cause);
    }

    /** Another connection holds the lock (SQLITE_BUSY or SQLITE_LOCKED). */
    static boolean isBusy(SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    private static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    /** True for SQLite's "not a database" answers, as opposed to a file it could not open or read. */
    static boolean isNotADatabase(SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
    }

    /**
     * SQLite reports a full disk as SQLITE_FULL only where it writes pages; creating its -wal or -shm
     * file on a full disk comes back as a failure to open or an I/O error. The folder's free space
     * tells which.
     */
    private static boolean isNoSpace(Path file, Throwable e) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && Files.getFileStore(folder).getUsableSpace() < LOW_SPACE_BYTES) {
                return true;
            }
        } catch (IOException | RuntimeException unknown) {
            // fall back on the message
        }
        return mentionsNoSpace(e);
    }

    private static boolean mentionsNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("disk is full"))) {
                return true;
            }
        }
        return false;
    }
}
