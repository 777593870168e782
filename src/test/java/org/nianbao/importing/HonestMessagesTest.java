package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;

/** Refusals say what the officer can do, never a Java class name or a library's advice to its users. */
class HonestMessagesTest {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path dir;

    /** No class names, no library advice, in either language. */
    static void assertSpeaksToTheUser(BadInputException e) {
        assertThat(e.getMessage()).doesNotContain("Exception", "org.apache", "java.", "bugzilla", "IOUtils",
                "setByteArrayMaxOverride", "xmlbeans");
    }

    @Test
    void aDamagedDocumentIsNamedWithoutTheParsersClassName() throws Exception {
        Path file = docx("损坏.docx", "<w:document " + W + "><w:body><w:p/><w:body></w:document>");
        BadInputException e = refused(file);
        assertThat(e.chinese()).contains("已损坏");
        assertSpeaksToTheUser(e);
    }

    @Test
    void aDoctypeIsRefusedWithItsOwnMessage() throws Exception {
        Path file = docx("doctype.docx", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><w:document " + W
                + "><w:body><w:p><w:r><w:t>一、&a;</w:t></w:r></w:p></w:body></w:document>");
        BadInputException e = refused(file);
        assertThat(e.chinese()).contains("DOCTYPE").doesNotContain("已损坏");
        assertSpeaksToTheUser(e);
    }

    @Test
    void aSmallDeeplyNestedFileIsTooDeeplyNestedNotAZipBomb() throws Exception {
        int depth = 5000;
        String xml = "<w:document " + W + "><w:body>" + "<w:sdt><w:sdtContent>".repeat(depth) + "<w:p/>"
                + "</w:sdtContent></w:sdt>".repeat(depth) + "</w:body></w:document>";
        Path file = docx("nested.docx", xml);
        assertThat(Files.size(file)).isLessThan(10_000);
        BadInputException e = refused(file);
        assertThat(e.chinese()).contains("嵌套层次过深").doesNotContain("压缩炸弹");
        assertSpeaksToTheUser(e);
    }

    @Test
    void poisAdviceToItsOwnUsersIsNotPassedOn() {
        RecordFormatException poi = new RecordFormatException("Tried to allocate an array of length 200,000,000, but "
                + "the maximum length for this record type is 100,000,000. If the file is not corrupt and not large, "
                + "please open an issue on bugzilla to request increasing the maximum allowable size for this record "
                + "type. You can set a higher override value with IOUtils.setByteArrayMaxOverride()");
        assertSpeaksToTheUser(ImportErrors.damagedDocx(Path.of("报告.docx"), poi));
        assertSpeaksToTheUser(ImportErrors.unreadable(Path.of("报告.docx"), new IOException("java.io.IOException: x")));
    }

    private static BadInputException refused(Path file) {
        return (BadInputException) org.assertj.core.api.Assertions.catchThrowable(() -> new ReportImporter().read(file));
    }

    private Path docx(String name, String documentXml) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, wordPackage(documentXml));
        return file;
    }

    /** The smallest package Word's readers accept: content types, the main relationship, the body. */
    static byte[] wordPackage(String documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", documentXml);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
