package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A tiny file system (tmpfs) standing in for a full disk. Mounting needs root; where it is not
 * allowed the test is skipped with a message rather than passing without having tried.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} at a new folder under {@code parent}, or skips the test. */
    public static SmallDisk mount(Path parent, int kilobytes) throws IOException {
        Path point = Files.createDirectories(parent.resolve("small-disk"));
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", point.toString());
        Assumptions.assumeTrue(rc == 0,
                "skipped: cannot mount a " + kilobytes + " KB tmpfs here (needs root) to stand in for a full disk");
        return new SmallDisk(point);
    }

    public Path root() {
        return mountPoint;
    }

    /** Fills the disk with a file until no space is left, so the next write fails. */
    public void fill() throws IOException {
        Path filler = mountPoint.resolve("filler.bin");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full now: that is the point
        }
    }

    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
