package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** Issue 10 (start-up): SQLite's library is copied out of the jar once, not at every start. */
class NativeLibraryCacheTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartCopiesTheLibraryWholeAndLaterStartsFindIt() throws Exception {
        Path folder = dir.resolve("cache");
        Path copy = NativeLibraryCache.cachedCopy(folder).orElseThrow(); // the tests load sqlite-jdbc from its jar
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + LibraryLoaderUtil.getNativeLibName())) {
            original = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
        assertThat(folder).isDirectoryNotContaining("glob:**partial-*");

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);
        assertThat(NativeLibraryCache.cachedCopy(folder)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("not written again").isEqualTo(written);
    }

    @Test
    void aCopyForAnotherJarIsRemovedWhenTheNewOneIsMade() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cache"));
        Path old = Files.writeString(folder.resolve("sqlite-3.0.0-1-2-3-libsqlitejdbc.so"), "old");
        Path copy = NativeLibraryCache.cachedCopy(folder).orElseThrow();
        assertThat(old).doesNotExist();
        assertThat(copy).exists();
    }

    @Test
    void theCacheIsThePlatformsPerUserCacheFolder() {
        assertThat(NativeLibraryCache.folder(Map.of(), "Linux", "/home/a")).isEqualTo(Path.of("/home/a/.cache/nianbao"));
        assertThat(NativeLibraryCache.folder(Map.of("XDG_CACHE_HOME", "/x"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/nianbao"));
        assertThat(NativeLibraryCache.folder(Map.of("LOCALAPPDATA", "/L"), "Windows 10", "/h"))
                .isEqualTo(Path.of("/L/Nianbao/native"));
        assertThat(NativeLibraryCache.folder(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Caches/Nianbao"));
    }
}
