package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;

/**
 * Characters XML forbids (U+FFFE, U+FFFF, stray controls) in an imported text: they never reach the
 * report, and the officer is told how many there were and on which lines.
 */
class ForbiddenCharactersImportTest {

    @TempDir
    Path dir;

    @Test
    void nonCharactersAreDroppedAndReportedWithTheirLines() throws Exception {
        String[] lines = Fixtures.SMALL_REPORT_TEXT.split("\n");
        lines[2] = lines[2] + "\uFFFF";
        lines[4] = "\uFFFE" + lines[4] + "\uFFFF";
        Path file = Files.writeString(dir.resolve("报告.txt"), String.join("\n", lines), StandardCharsets.UTF_8);
        List<String> notices = new ArrayList<>();
        Report report = new ReportImporter().read(file, notices::add);
        assertThat(everyText(report)).doesNotContain("\uFFFE").doesNotContain("\uFFFF");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("报告.txt").contains("3 个").contains("第 3、5 行");
        // the same file without them imports to the same report, silently
        Path clean = Files.writeString(dir.resolve("clean.txt"), Fixtures.SMALL_REPORT_TEXT, StandardCharsets.UTF_8);
        List<String> none = new ArrayList<>();
        assertThat(new ReportImporter().read(clean, none::add)).isEqualTo(report);
        assertThat(none).isEmpty();
    }

    @Test
    void strayControlsBecomeLineBreaksAndAreReported() throws Exception {
        String text = Fixtures.SMALL_REPORT_TEXT.replaceFirst("\n", "\u000B");
        Path file = Files.writeString(dir.resolve("vt.txt"), text, StandardCharsets.UTF_8);
        List<String> notices = new ArrayList<>();
        Report report = new ReportImporter().read(file, notices::add);
        assertThat(everyText(report)).doesNotContain("\u000B");
        assertThat(notices).singleElement().asString().contains("1 个").contains("第 1 行");
    }

    private static String everyText(Report report) {
        StringBuilder sb = new StringBuilder(report.title());
        report.preamble().forEach(p -> sb.append(p.text()));
        report.outline().forEach(e -> sb.append(e.toString()));
        report.sections().forEach(s -> sb.append(s.toString()));
        report.problems().forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
