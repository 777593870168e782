package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without a UTF-8 locale (LANG=C) still gets a clear line for a Chinese file name. */
class LocaleTest {

    @TempDir
    Path dir;

    @Test
    void aChineseFileNameUnderTheCLocaleGetsAClearMessageAndExitTwo() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.nianbao.Launcher",
                "--db", dir.resolve("n.db").toString(), "import", dir.resolve("年度报告.txt").toString());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(output).contains("UTF-8").doesNotContain("Exception").doesNotContain("\tat ");
        if (java.nio.file.Files.exists(Path.of("/proc/self/cmdline"))) {
            assertThat(output).as("the file named as typed").contains("年度报告.txt");
        }
        assertThat(output.strip().lines()).hasSize(1);
    }
}
