package org.nianbao.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nianbao.collect.CollectFixtures.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.ReturnedForm;

/**
 * LibreOffice (the stand-in for Excel and WPS here) reads a form, prints it, and a copy filled and
 * saved by LibreOffice imports with its identity intact. Skipped, with a message, where LibreOffice
 * Calc or pdftotext is not installed (.ci/run installs them).
 */
class FormLibreOfficeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsCalc() {
        assumeTrue(onPath("soffice") && onPath("pdftotext") && calcInstalled(),
                "LibreOffice Calc (libreoffice-calc-nogui) or pdftotext not installed: form rendering checks skipped");
    }

    @Test
    void libreOfficePrintsTheFormWithItsLabelsValuesAndInstructions() throws Exception {
        Path form = form(dir, JUSTICE);
        Path pdf = convert(form, "pdf", dir.resolve("pdf"));
        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        assertThat(text).contains("区司法局：2023年度数据收集表").contains("新受理行政复议案件").contains("本年数值（请填写）")
                .contains("172").contains("请于2024年1月15日前将本表发回")
                .doesNotContain("report_id"); // the identity sheet is hidden, so not printed
    }

    @Test
    void aFormFilledAndSavedByLibreOfficeImports() throws Exception {
        Path filled = edit(form(dir, PETITIONS), "filled.xlsx", wb -> {
            value(wb, 0, 1247);
            value(wb, 1, "1,203");
            value(wb, 2, 12.5);
            value(wb, 3, 36.4);
            wb.getSheet("素材").getRow(FormLayout.FIRST_MATERIAL_ROW).getCell(0).setCellValue("全年受理信访事项1247件。");
        });
        Path saved = convert(filled, "xlsx", dir.resolve("saved"));
        ReturnResult r = new ReturnCheck().check(report(), departments(), new FormReader().read(saved),
                ReturnCheck.Options.defaults(NOW));
        assertThat(r.problems()).isEmpty();
        assertThat(r.form().values()).extracting(ReturnedForm.Value::value)
                .containsExactly(new BigDecimal("1247"), new BigDecimal("1203"), new BigDecimal("12.5"), new BigDecimal("36.4"));
        assertThat(r.form().material()).containsExactly("全年受理信访事项1247件。");
        assertThat(new FormReader().read(saved).identity().departmentId()).isEqualTo(PETITIONS.id());
    }

    private static Path convert(Path file, String format, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        run(List.of("soffice", "-env:UserInstallation=file://" + outDir.resolveSibling("lo-profile"), "--headless",
                "--convert-to", format, "--outdir", outDir.toString(), file.toString()));
        String name = file.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        assertThat(out).as("LibreOffice converted " + name).exists();
        return out;
    }

    private static boolean calcInstalled() {
        try {
            Path soffice = Path.of(run(List.of("sh", "-c", "readlink -f \"$(command -v soffice)\"")).strip());
            return Files.exists(soffice.resolveSibling("libsclo.so")) || Files.exists(soffice.resolveSibling("sclo.dll"));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
