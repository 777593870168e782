package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Read-only files for tests that run as root, who ignores permission bits: the immutable attribute
 * ({@code chattr +i}) binds root too, on file systems that support it.
 */
public final class ReadOnlyFiles {

    private ReadOnlyFiles() {
    }

    /** True when the file is now immutable; false when chattr is missing or unsupported here. */
    public static boolean makeImmutable(Path file) {
        return chattr("+i", file);
    }

    public static void undoImmutable(Path file) {
        chattr("-i", file);
    }

    private static boolean chattr(String flag, Path file) {
        try {
            Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
