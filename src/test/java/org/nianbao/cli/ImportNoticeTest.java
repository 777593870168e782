package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;

/** import tells on stderr what it dropped from the file, and still imports it. */
class ImportNoticeTest {

    @TempDir
    Path dir;

    @Test
    void droppedCharactersAreReportedWithTheirLinesAndTheImportSucceeds() throws Exception {
        Path file = Files.writeString(dir.resolve("报告.txt"),
                Fixtures.SMALL_REPORT_TEXT.replace("主要成效", "主要\uFFFF成效"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("--db", dir.resolve("n.db").toString(), "import", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("报告.txt 中有 1 个").contains("第 3 行");
        assertThat(run.lastLine()).matches("\\d+");
        CliRun show = CliRun.of("--db", dir.resolve("n.db").toString(), "show", run.lastLine());
        assertThat(show.out()).contains("一、主要成效").doesNotContain("\uFFFF");
    }
}
