package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;

/** A real published report's text goes through the exporter intact and hygienic (skipped without the corpus). */
class CorpusExportTest {

    @TempDir
    Path dir;

    @Test
    void realReportTextExportsEveryParagraphWithCleanXml() throws Exception {
        Path project = Path.of(System.getProperty("user.dir"));
        String name = "shared/corpus/yuancheng-2020-fazhi-zhengfu-report.txt";
        // the project dir, or a worktree one level further down
        Path corpus = project.resolve("../" + name);
        if (!Files.exists(corpus)) {
            corpus = project.resolve("../../" + name);
        }
        assumeTrue(Files.exists(corpus), "corpus not present: " + corpus);
        List<Paragraph> paragraphs = Files.readAllLines(corpus).stream().filter(l -> !l.isBlank())
                .map(Paragraph::of).toList();
        Report report = ExportFixtures.small().withSections(List.of()).withAttachments(List.of())
                .withPreamble(paragraphs);
        Path file = dir.resolve("corpus.docx");
        ExportedDocx.exporter().export(report, file);
        try (ExportedDocx out = ExportedDocx.open(file)) {
            List<String> texts = out.texts();
            for (Paragraph p : paragraphs) {
                assertThat(texts).contains(p.text().strip());
            }
        }
        assertThat(XmlHygieneTest.check(TemplateTest.parts(Files.readAllBytes(file)))).isEmpty();
    }
}
