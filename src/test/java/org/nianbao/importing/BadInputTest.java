package org.nianbao.importing;

import org.nianbao.testing.DocxFixtures;
import org.nianbao.testing.BadFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;

/** Every file the importer cannot use gets a clear message naming it, never a stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    private static BadInputException importing(Path file) {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> new ReportImporter().read(file));
        assertThat(e).as("import of %s must fail with BadInputException", file).isNotNull();
        assertThat(e.chinese()).contains(file.getFileName().toString());
        assertThat(e.english()).contains(file.getFileName().toString());
        return e;
    }

    @Test
    void missingFileIsNamed() {
        BadInputException e = importing(dir.resolve("不存在的报告.txt"));
        assertThat(e.chinese()).contains("找不到文件");
    }

    @Test
    void directoryIsNotAFile() throws Exception {
        BadInputException e = importing(Files.createDirectory(dir.resolve("报告.txt")));
        assertThat(e.chinese()).contains("文件夹");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertThat(importing(BadFiles.write(dir, "空.txt", new byte[0])).chinese()).contains("是空的");
    }

    @Test
    void fileWithOnlyABomAndBlanksIsEmpty() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '\r', '\n'};
        assertThat(importing(BadFiles.write(dir, "blank.txt", bytes)).chinese()).contains("是空的");
    }

    @Test
    void randomBytesAreNotText() throws Exception {
        assertThat(importing(BadFiles.write(dir, "random.txt", BadFiles.randomBytes(4096))).chinese())
                .contains("不是文本文件");
    }

    @Test
    void randomBytesWithoutNulAreStillNotText() throws Exception {
        BadInputException e = importing(BadFiles.write(dir, "noise.txt", BadFiles.randomBytesWithoutNul(4096)));
        assertThat(e.chinese()).containsAnyOf("不是文本文件", "无法识别文件");
    }

    @Test
    void textSprinkledWithControlCharactersIsNotText() throws Exception {
        StringBuilder sb = new StringBuilder("一、主要成效\n");
        for (int i = 0; i < 50; i++) {
            sb.append("工作\u0001\u0002推进\u0007。");
        }
        BadInputException e = importing(Files.writeString(dir.resolve("ctl.txt"), sb));
        assertThat(e.chinese()).contains("不是文本文件");
    }

    @Test
    void pngRenamedTxtIsNamedAsAnImage() throws Exception {
        assertThat(importing(BadFiles.write(dir, "截图.txt", BadFiles.png())).chinese()).contains("PNG 图片");
    }

    @Test
    void docxThatIsNotAZipIsRefused() throws Exception {
        BadInputException e = importing(BadFiles.write(dir, "报告.docx", BadFiles.randomBytes(2048)));
        assertThat(e.chinese()).contains("不是有效的 Word（.docx）文档");
    }

    @Test
    void textFileNamedDocxIsRefusedNotParsedAsText() throws Exception {
        Path file = Files.writeString(dir.resolve("报告.docx"), "一、主要成效\n工作有序推进。\n", StandardCharsets.UTF_8);
        BadInputException e = importing(file);
        assertThat(e.chinese()).contains("内容是纯文本").contains(".txt");
    }

    @Test
    void encryptedDocxAsksToSaveWithoutPassword() throws Exception {
        BadInputException e = importing(BadFiles.write(dir, "加密.docx", BadFiles.encryptedDocx()));
        assertThat(e.chinese()).contains("密码").contains("取消密码");
        assertThat(e.english()).contains("password-protected");
    }

    @Test
    void legacyDocAsksToSaveAsDocx() throws Exception {
        BadInputException e = importing(BadFiles.write(dir, "旧版.doc", BadFiles.legacyDoc()));
        assertThat(e.chinese()).contains(".doc").contains("另存为");
    }

    @Test
    void zipBombIsRefusedWithAClearMessage() throws Exception {
        BadInputException e = importing(BadFiles.write(dir, "炸弹.docx", BadFiles.zipBomb(30)));
        assertThat(e.chinese()).contains("压缩炸弹");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void spreadsheetRenamedDocxIsNotAWordDocument() throws Exception {
        BadInputException e = importing(BadFiles.write(dir, "表格.docx", BadFiles.spreadsheet()));
        assertThat(e.chinese()).contains("不是 Word 文档");
    }

    @Test
    void docxNamedTxtAsksForTheRightExtension() throws Exception {
        byte[] docx = Files.readAllBytes(DocxFixtures.markedReport(dir));
        BadInputException e = importing(BadFiles.write(dir, "报告.txt", docx));
        assertThat(e.chinese()).contains("改为 .docx");
    }

    @Test
    void truncatedDocxIsDamaged() throws Exception {
        byte[] docx = Files.readAllBytes(DocxFixtures.markedReport(dir));
        byte[] half = java.util.Arrays.copyOf(docx, docx.length / 2);
        BadInputException e = importing(BadFiles.write(dir, "半截.docx", half));
        assertThat(e.chinese()).containsAnyOf("已损坏", "不是 Word 文档");
    }

    @Test
    void textWithoutAnyLevelOneHeadingIsNotTurnedIntoABlankReport() throws Exception {
        Path file = Files.writeString(dir.resolve("散文.txt"),
                "示例区2023年法治政府建设年度报告\n今年我们做了很多工作。\n（一）加强领导。成立小组。\n");
        BadInputException e = importing(file);
        assertThat(e.chinese()).contains("没有找到“一、”这样的一级标题");
    }

    @Test
    void docxWithoutAnyHeadingSaysSoToo() throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            DocxFixtures.paragraph(doc, "今年我们做了很多工作。", null);
            BadInputException e = importing(BadFiles.write(dir, "无结构.docx", DocxFixtures.bytes(doc)));
            assertThat(e.chinese()).contains("一级标题");
        }
    }

    @Test
    void emptyDocxIsEmpty() throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            assertThat(importing(BadFiles.write(dir, "空白.docx", DocxFixtures.bytes(doc))).chinese()).contains("是空的");
        }
    }

    @Test
    void textFileFarLargerThanAnyReportIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("巨大.txt");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ReportImporter.MAX_TEXT_BYTES + 1);
        }
        assertThat(importing(file).chinese()).contains("过大");
    }

    @Test
    void textFileNamedDocIsRefusedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("报告.doc"), "一、主要成效\n工作有序推进。\n", StandardCharsets.UTF_8);
        assertThat(importing(file).chinese()).contains("扩展名是 .doc，但内容是纯文本");
    }
}
