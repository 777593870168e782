package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.testing.BadFiles;
import org.nianbao.testing.DocxFixtures;

/** A department's material read as plain paragraphs, with the same refusals as a report (issue 13). */
class MaterialParagraphsTest {

    @TempDir
    Path dir;

    @Test
    void aWordFileGivesItsParagraphsWithoutAnOutline() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("区司法局2023年工作情况");
        doc.createParagraph();
        doc.createParagraph().createRun().setText("全年办理行政复议案件186件。");
        Path docx = Files.write(dir.resolve("材料.docx"), DocxFixtures.bytes(doc));
        assertThat(new ReportImporter().paragraphs(docx)).containsExactly("区司法局2023年工作情况", "全年办理行政复议案件186件。");
    }

    @Test
    void aTextFileInGbkGivesItsLines() throws Exception {
        Path txt = Files.write(dir.resolve("材料.txt"), "一是完善制度；\n\n二是加强培训。\n".getBytes("GB18030"));
        assertThat(new ReportImporter().paragraphs(txt)).containsExactly("一是完善制度；", "二是加强培训。");
    }

    @Test
    void anEncryptedWordFileIsRefused() throws Exception {
        Path file = BadFiles.write(dir, "加密.docx", BadFiles.encryptedDocx());
        assertThatThrownBy(() -> new ReportImporter().paragraphs(file)).isInstanceOf(BadInputException.class);
    }
}
