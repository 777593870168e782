package org.nianbao.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed command line (bin/nianbao) gives Java a UTF-8 locale when the caller has none, so a
 * Chinese file name works under LANG=C; a locale the user chose is left alone. The script runs here
 * in an image laid out like the installed one, with a stand-in for the runtime's java that reports
 * the locale it was given.
 */
class LauncherScriptLocaleTest {

    @TempDir
    Path image;

    private String localeSeenBy(Map<String, String> env) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path script = Files.copy(Path.of("installer/linux/nianbao.sh"), bin.resolve("nianbao"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"LC_ALL=${LC_ALL:-} LANG=${LANG:-} last=$(eval echo \\${$#})\"\n");
        for (Path p : new Path[] {script, java}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString(), "show", "年度报告.txt");
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().remove("LANG");
        pb.environment().putAll(env);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void theCLocaleBecomesUtf8() throws Exception {
        assertThat(localeSeenBy(Map.of("LANG", "C"))).startsWith("LC_ALL=C.UTF-8 ").endsWith("last=年度报告.txt");
        assertThat(localeSeenBy(Map.of("LC_ALL", "POSIX"))).startsWith("LC_ALL=C.UTF-8 ");
        assertThat(localeSeenBy(Map.of())).startsWith("LC_ALL=C.UTF-8 ");
    }

    @Test
    void aLocaleTheUserChoseIsKept() throws Exception {
        assertThat(localeSeenBy(Map.of("LANG", "zh_CN.UTF-8"))).startsWith("LC_ALL= LANG=zh_CN.UTF-8");
        assertThat(localeSeenBy(Map.of("LANG", "zh_CN.GBK"))).startsWith("LC_ALL= LANG=zh_CN.GBK");
    }
}
