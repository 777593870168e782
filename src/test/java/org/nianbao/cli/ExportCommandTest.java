package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;

class ExportCommandTest {

    @TempDir
    Path dir;

    private Path reportFile() throws Exception {
        return Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
    }

    private static List<XWPFParagraph> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs();
        }
    }

    private static String styleNameOf(Path docx, String text) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getText().startsWith(text)) {
                    return doc.getStyles().getStyle(p.getStyleID()).getName();
                }
            }
        }
        return null;
    }

    @Test
    void aFileIsExportedInTheOfficialStyles() throws Exception {
        Path out = dir.resolve("年度报告.docx");
        CliRun run = CliRun.of("export", reportFile().toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导出");
        assertThat(paragraphs(out)).extracting(XWPFParagraph::getText)
                .contains("示例区2023年法治政府建设年度报告", "一、主要成效", "示例区人民政府", "2024年2月6日");
        assertThat(styleNameOf(out, "一、主要成效")).isEqualTo("公文一级标题");
    }

    @Test
    void aStoredReportIsExportedByIdAndTheFlagsChangeTheLayout() throws Exception {
        Path db = dir.resolve("n.db");
        long id;
        try (ReportStore store = ReportStore.open(db)) {
            id = store.insert(Fixtures.smallReport()).id();
        }
        Path plain = dir.resolve("plain.docx");
        Path sealed = dir.resolve("sealed.docx");
        Path header = dir.resolve("header.docx");
        assertThat(CliRun.of("--db", db.toString(), "export", "" + id, "--out", plain.toString()).exitCode()).isZero();
        assertThat(CliRun.of("--db", db.toString(), "export", "" + id, "--out", sealed.toString(), "--sealed").exitCode())
                .isZero();
        CliRun headerRun = CliRun.of("--db", db.toString(), "export", "" + id, "--out", header.toString(), "--red-header");
        assertThat(headerRun.exitCode()).as(headerRun.err()).isZero();

        assertThat(indentOf(sealed, "2024年2月6日")).isNotEqualTo(indentOf(plain, "2024年2月6日"));
        assertThat(styleNames(header)).contains("公文发文机关标志", "公文红色分隔线");
        assertThat(styleNames(plain)).doesNotContain("公文发文机关标志");
    }

    private static String indentOf(Path docx, String text) throws Exception {
        for (XWPFParagraph p : paragraphs(docx)) {
            if (p.getText().equals(text)) {
                return p.getIndentationRight() + "/" + p.getIndentationLeft() + "/" + p.getAlignment();
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private static List<String> styleNames(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().filter(p -> p.getStyleID() != null)
                    .map(p -> doc.getStyles().getStyle(p.getStyleID()).getName()).toList();
        }
    }

    @Test
    void anUnwritableTargetIsBadInputAndLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("no/such/folder/x.docx");
        CliRun run = CliRun.of("export", reportFile().toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("x.docx").doesNotContain("Exception");
    }

    @Test
    void aTemplateWithoutTheOfficialStylesIsRefusedWithTheMissingOnesListed() throws Exception {
        Path template = dir.resolve("plain-template.docx");
        try (XWPFDocument doc = new XWPFDocument(); var os = Files.newOutputStream(template)) {
            // like a document made in Word: a styles part and page setup, just not our styles
            doc.createStyles();
            doc.createParagraph();
            doc.getDocument().getBody().addNewSectPr().addNewPgSz();
            doc.write(os);
        }
        Path out = dir.resolve("x.docx");
        CliRun run = CliRun.of("export", reportFile().toString(), "--out", out.toString(), "--template", template.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("公文正文").contains("公文一级标题");
        assertThat(out).doesNotExist();
    }
}
