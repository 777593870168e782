package org.nianbao.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files an officer may pick by mistake, or a hostile one, made for the bad-input tests. */
public final class BadFiles {

    private static final long SEED = 20240115L;

    private BadFiles() {
    }

    public static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(SEED).nextBytes(bytes);
        return bytes;
    }

    /** Random bytes without any NUL, so only the decoder or the control-character test can tell. */
    public static byte[] randomBytesWithoutNul(int n) {
        byte[] bytes = randomBytes(n);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }
        return bytes;
    }

    /** The first bytes of a real PNG: signature, then the IHDR chunk. */
    public static byte[] png() {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        byte[] bytes = randomBytes(512);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** A .docx saved with an open password: Word wraps it in an OLE2 compound file. */
    public static byte[] encryptedDocx() throws Exception {
        byte[] plain = DocxFixtures.bytes(smallDocument());
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("示例密码");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        return out.toByteArray();
    }

    /** An old Word 97-2003 file: an OLE2 compound file with a WordDocument stream. */
    public static byte[] legacyDoc() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(randomBytes(1024)), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * A valid .docx whose document.xml is padded with {@code megabytes} of blanks: it deflates to
     * a few kilobytes, far beyond POI's allowed inflate ratio.
     */
    public static byte[] zipBomb(int megabytes) throws IOException {
        byte[] docx = DocxFixtures.bytes(smallDocument());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int close = xml.lastIndexOf("</w:document>");
                    zip.write(xml.substring(0, close).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(close).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] spreadsheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("指标").createRow(0).createCell(0).setCellValue("受理案件");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static XWPFDocument smallDocument() {
        XWPFDocument doc = new XWPFDocument();
        DocxFixtures.paragraph(doc, "一、主要成效", null);
        DocxFixtures.paragraph(doc, "工作有序推进。", null);
        return doc;
    }
}
