package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;

/** The 版头 fields from the command line; a field left empty is left out, not printed as a blank line. */
class HeaderOptionsTest {

    @TempDir
    Path dir;

    /** "style name: text" of each paragraph of the header block (up to the separator line). */
    private static List<String> header(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().filter(p -> p.getStyleID() != null)
                    .map(p -> doc.getStyles().getStyle(p.getStyleID()).getName() + ": " + p.getText())
                    .filter(s -> s.startsWith("公文发文机关标志") || s.startsWith("公文发文字号") || s.startsWith("公文红色分隔线"))
                    .toList();
        }
    }

    private Path export(String... options) throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Path out = dir.resolve("out-" + options.length + ".docx");
        List<String> args = new java.util.ArrayList<>(List.of("export", report.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    @Test
    void anEmptyDocumentNumberIsLeftOut() throws Exception {
        assertThat(header(export("--red-header"))).containsExactly(
                "公文发文机关标志: 示例区人民政府文件", "公文红色分隔线: ");
    }

    @Test
    void theOptionsFillTheHeaderFields() throws Exception {
        assertThat(header(export("--red-header", "--issuer-mark", "示例区司法局文件", "--doc-number", "示司[2024]第03号")))
                .containsExactly("公文发文机关标志: 示例区司法局文件", "公文发文字号: 示司〔2024〕3号", "公文红色分隔线: ");
    }

    @Test
    void aSignerPutsTheNumberOnTheUpwardLine() throws Exception {
        assertThat(header(export("--doc-number", "示司〔2024〕3号", "--signer", "张明")))
                .as("a header field asks for the header").containsExactly(
                        "公文发文机关标志: 示例区人民政府文件", "公文发文字号上行文: 示司〔2024〕3号\t签发人：张明", "公文红色分隔线: ");
    }

    @Test
    void withoutAnIssuerTheMarkIsLeftOutUnlessGiven() throws Exception {
        Path report = Files.writeString(dir.resolve("no-issuer.txt"), Fixtures.SMALL_REPORT_TEXT
                .replace("示例区人民政府\n2024年2月6日\n", ""));
        Path out = dir.resolve("no-issuer.docx");
        CliRun run = CliRun.of("export", report.toString(), "--out", out.toString(), "--red-header");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(header(out)).containsExactly("公文红色分隔线: ");
    }

    @Test
    void eachCommandExplainsItsOptionsWithHelp() {
        CliRun help = CliRun.of("export", "--help");
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).contains("--doc-number", "--issuer-mark", "--signer", "--force");
        assertThat(CliRun.of("import", "--help").out()).contains("--year");
    }
}
