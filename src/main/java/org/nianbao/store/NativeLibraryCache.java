package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept once per user instead of copied out of the jar at every start.
 * sqlite-jdbc writes it to the temporary folder under a new name each time and reads both copies
 * back to compare them: about 0.1 s of CPU beside the first window (issue 10, start-up). Here the
 * copy is made once into the user's cache folder, named after the library's version, platform and
 * the jar's size and time (a new jar gets a new copy), and sqlite-jdbc is told to load that file
 * ({@code org.sqlite.lib.path}). Should it not load, sqlite-jdbc goes on to its own copy as before.
 */
final class NativeLibraryCache {

    private static final String PREFIX = "sqlite-";
    private static volatile boolean prepared;

    private NativeLibraryCache() {
    }

    /** Once per JVM, before the first connection; any problem leaves sqlite-jdbc to do as it does. */
    static void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by whoever started us
        }
        try {
            cachedCopy(folder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")))
                    .ifPresent(copy -> {
                        System.setProperty("org.sqlite.lib.path", copy.getParent().toString());
                        System.setProperty("org.sqlite.lib.name", copy.getFileName().toString());
                    });
        } catch (IOException | RuntimeException e) {
            // only a head start: sqlite-jdbc copies the library itself
        }
    }

    /**
     * The library's copy in {@code folder}, made now if there is none for this jar; empty when the
     * library is not inside a jar (a class folder during development).
     */
    static Optional<Path> cachedCopy(Path folder) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath().substring(1) + "/"
                + LibraryLoaderUtil.getNativeLibName();
        URL url = SQLiteJDBCLoader.class.getClassLoader().getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        Path jar = jarOf(url);
        if (jar == null) {
            return Optional.empty();
        }
        String name = PREFIX + SQLiteJDBCLoader.getVersion() + "-" + resource.hashCode() + "-" + Files.size(jar) + "-"
                + Files.getLastModifiedTime(jar).toMillis() + "-" + LibraryLoaderUtil.getNativeLibName();
        Path copy = folder.resolve(name);
        if (Files.isRegularFile(copy)) {
            return Optional.of(copy);
        }
        Files.createDirectories(folder);
        removeOlderCopies(folder);
        Path partial = Files.createTempFile(folder, "partial-", ".tmp");
        try (InputStream in = url.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            // whole or not at all: a library cut short by a crash is never loaded
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return Optional.of(copy);
    }

    private static Path jarOf(URL url) throws IOException {
        URL jarFile = ((JarURLConnection) url.openConnection()).getJarFileURL();
        if (!"file".equals(jarFile.getProtocol())) {
            return null;
        }
        try {
            return Path.of(jarFile.toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Copies for an older jar (a library still in use on Windows stays until the next time). */
    private static void removeOlderCopies(Path folder) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path p : old) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // in use by another window: next time
                }
            }
        } catch (IOException e) {
            // nothing to tidy
        }
    }

    /** The per-user cache folder of the platform: a copy of a library is no data to back up. */
    static Path folder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Nianbao").resolve("native");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Nianbao");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("nianbao");
    }
}
