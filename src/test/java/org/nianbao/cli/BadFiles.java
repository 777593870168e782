package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The broken inputs an officer's machine really produces, made in a test's folder. */
final class BadFiles {

    private BadFiles() {
    }

    static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("空文件.txt"), new byte[0]);
    }

    static Path binary(Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        return Files.write(dir.resolve("binary.txt"), bytes);
    }

    static Path docxNotZip(Path dir) throws IOException {
        byte[] bytes = new byte[2048];
        new Random(11).nextBytes(bytes);
        bytes[0] = 0x13;
        return Files.write(dir.resolve("broken.docx"), bytes);
    }

    static Path textNamedDocx(Path dir) throws IOException {
        return Files.writeString(dir.resolve("renamed.docx"), "一、主要成效\n（一）示例。正文。\n", StandardCharsets.UTF_8);
    }

    static Path encryptedDocx(Path dir) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("一、主要成效");
            doc.write(plain);
        }
        Path file = dir.resolve("encrypted.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("mima");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A small .docx whose document part inflates a thousandfold: POI's zip-bomb guard must refuse it. */
    static Path zipBomb(Path dir) throws IOException {
        Path file = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path noStructure(Path dir) throws IOException {
        return Files.writeString(dir.resolve("便条.txt"),
                "请于周五前报送本单位全年工作数据。\n联系人：张三，电话：0000-1234567。\n", StandardCharsets.UTF_8);
    }
}
