package org.nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs some tests read our files with (LibreOffice, poppler): whether one is installed, and
 * running one so that a failure says what it printed. soffice always gets a profile of its own in the
 * test's folder, since builds running side by side would otherwise share the user's.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Whether the program is on the PATH (the tests that need it skip, with a message, where not). */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the command in {@code workDir} (its HOME too), waits at most {@code seconds}, and fails the test
     * with the program's output when it does not end or ends with an error.
     */
    public static void run(Path workDir, List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = workDir.resolve("tool.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HOME", workDir.toString());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(log)).isZero();
    }

    /**
     * Has LibreOffice convert the files to {@code format} (pdf, xlsx…) into {@code workDir}, with a profile in
     * {@code workDir}; the converted files are named as the originals with the new extension.
     */
    public static void sofficeConvert(Path workDir, String format, List<Path> files, int seconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + workDir.resolve("profile"),
                "--headless", "--convert-to", format, "--outdir", workDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        run(workDir, command, seconds);
    }
}
