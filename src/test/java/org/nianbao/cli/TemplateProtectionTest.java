package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;

/** {@code --template} gets the protections of an imported .docx: DOCTYPE, expansion and nesting limits. */
class TemplateProtectionTest {

    @TempDir
    Path dir;

    private CliRun exportWith(Path template) throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        return CliRun.of("export", report.toString(), "--out", dir.resolve("out.docx").toString(),
                "--template", template.toString());
    }

    /** The built-in template with its styles part changed by {@code edit}. */
    private Path template(String name, java.util.function.UnaryOperator<String> editStyles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of("templates/gongwen.docx")));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/styles.xml")) {
                    content = editStyles.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static String afterDeclaration(String xml, String insert) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + insert + xml.substring(end);
    }

    @Test
    void theBuiltInTemplateItselfPasses() throws IOException {
        CliRun run = exportWith(template("plain.docx", s -> s));
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aDoctypeIsRefusedWithItsOwnMessage() throws IOException {
        Path t = template("doctype.docx", s -> afterDeclaration(s, "<!DOCTYPE w:styles [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
        CliRun run = exportWith(t);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().contains("DOCTYPE").doesNotContain("Exception");
        assertThat(dir.resolve("out.docx")).doesNotExist();
    }

    @Test
    void aTemplateThatExpandsWithoutBoundIsRefused() throws IOException {
        String blanks = " ".repeat(70 * 1024 * 1024);
        Path t = template("bomb.docx", s -> s.replace("</w:styles>", blanks + "</w:styles>"));
        assertThat(Files.size(t)).isLessThan(1024 * 1024);
        CliRun run = exportWith(t);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("压缩炸弹");
    }

    @Test
    void aDeeplyNestedTemplateIsRefused() throws IOException {
        int depth = 2000;
        Path t = template("nested.docx", s -> s.replace("</w:styles>",
                "<w:x>".repeat(depth) + "</w:x>".repeat(depth) + "</w:styles>"));
        CliRun run = exportWith(t);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("嵌套层次过深");
    }
}
