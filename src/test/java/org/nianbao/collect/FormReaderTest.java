package org.nianbao.collect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.testing.BadFiles;

/** Files a department may send back instead of its form: each refused with a message saying what to do. */
class FormReaderTest {

    @TempDir
    Path dir;

    private void refused(Path file, String... words) {
        var assertion = assertThatThrownBy(() -> new FormReader().read(file)).isInstanceOf(BadInputException.class);
        for (String w : words) {
            assertion.hasMessageContaining(w);
        }
    }

    @Test
    void notAWorkbook() throws Exception {
        refused(BadFiles.write(dir, "回复.xlsx", "已收到，数据见附件".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "回复.xlsx", "不是 Excel 工作簿");
        refused(BadFiles.write(dir, "图.xlsx", BadFiles.png()), "不是 Excel 工作簿");
        refused(dir.resolve("没有这个文件.xlsx"), "找不到文件");
        refused(dir, "文件夹");
    }

    @Test
    void aWordDocumentRenamedIsNotAForm() throws Exception {
        byte[] docx = BadFiles.zipBomb(0); // a small valid .docx
        refused(BadFiles.write(dir, "材料.xlsx", docx), "材料.xlsx");
    }

    @Test
    void anOldXlsIsToBeSavedAsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("指标").createRow(0).createCell(0).setCellValue("区信访局：2023年度数据收集表");
            wb.write(out);
        }
        refused(BadFiles.write(dir, "旧表.xls", out.toByteArray()), "旧表.xls", ".xls", "另存为", ".xlsx");
    }

    @Test
    void anEncryptedWorkbookAsksForThePasswordToBeRemoved() throws Exception {
        Path form = CollectFixtures.form(dir, CollectFixtures.PETITIONS);
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("示例密码");
        try (var os = encryptor.getDataStream(fs)) {
            os.write(Files.readAllBytes(form));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        refused(BadFiles.write(dir, "加密.xlsx", out.toByteArray()), "打开密码", "取消密码");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws Exception {
        Path form = CollectFixtures.form(dir, CollectFixtures.PETITIONS);
        refused(BadFiles.write(dir, "炸弹.xlsx", padded(Files.readAllBytes(form), 64)), "压缩炸弹");
    }

    @Test
    void aDamagedPackageIsRefused() throws Exception {
        byte[] form = Files.readAllBytes(CollectFixtures.form(dir, CollectFixtures.PETITIONS));
        byte[] cut = java.util.Arrays.copyOf(form, form.length / 2);
        refused(BadFiles.write(dir, "半截.xlsx", cut), "半截.xlsx");
    }

    /** The form with its metrics sheet padded by blanks: tiny compressed, huge inflated. */
    private static byte[] padded(byte[] xlsx, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int close = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, close).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(close).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
