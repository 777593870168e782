package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nianbao.model.BadInputException;

/**
 * The scratch database a one-off {@code check FILE} (or show, export) reads the file into. It holds the
 * report's text, so it is readable by its owner only, removed when the command ends (also on Ctrl+C or
 * a kill), and one left behind by a process that was killed outright is removed at the next start.
 */
final class TemporaryDatabase implements AutoCloseable {

    private static final String PREFIX = "nianbao-check-";
    /** nianbao-check-PID-random: the process id tells whether its owner is still running. */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");

    private final Path folder;
    private final Thread cleanup;

    private TemporaryDatabase(Path folder) {
        this.folder = folder;
        this.cleanup = new Thread(this::delete, "nianbao-temporary-database-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Creates one under the system's temporary folder, after removing those of dead processes. */
    static TemporaryDatabase create() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static TemporaryDatabase create(Path tempRoot) {
        removeAbandoned(tempRoot);
        try {
            Path folder = posix()
                    ? Files.createTempDirectory(tempRoot, PREFIX + ProcessHandle.current().pid() + "-", ownerOnly("rwx------"))
                    : Files.createTempDirectory(tempRoot, PREFIX + ProcessHandle.current().pid() + "-");
            TemporaryDatabase db = new TemporaryDatabase(folder);
            // SQLite gives its -wal and -shm files the permissions of the database file
            if (posix()) {
                Files.createFile(db.file(), ownerOnly("rw-------"));
            }
            return db;
        } catch (IOException e) {
            throw new BadInputException("无法创建临时数据库（临时文件夹 " + tempRoot + " 不可写或磁盘已满）",
                    "cannot create a temporary database in " + tempRoot, e);
        }
    }

    Path file() {
        return folder.resolve("temporary.db");
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the folder is gone either way
        }
    }

    private void delete() {
        deleteTree(folder);
    }

    /** Removes the folders of processes that no longer run (killed before they could clean up). */
    static void removeAbandoned(Path tempRoot) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tempRoot, PREFIX + "*")) {
            for (Path entry : entries) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isDirectory(entry) && isOurs(entry) && !isRunning(m.group(1))) {
                    deleteTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another user's folder or a racing cleanup: left for its owner
        }
    }

    private static boolean isRunning(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a name we wrote: leave it
        }
    }

    private static boolean isOurs(Path folder) throws IOException {
        return Files.getOwner(folder).getName().equals(System.getProperty("user.name"));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: what is left is removed at the next start
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?> ownerOnly(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
