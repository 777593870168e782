package org.nianbao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the paragraphs of a .docx with POI, keeping the heading level Word states. POI's
 * ZipSecureFile limits guard against zip bombs; their exception becomes a message for the officer.
 */
final class DocxLineReader {

    private static final String WORD_MAIN_CONTENT_TYPE = "wordprocessingml.document.main";
    private static final String WORD_TEMPLATE_CONTENT_TYPE = "wordprocessingml.template.main";

    private DocxLineReader() {
    }

    static List<SourceLine> read(byte[] bytes, Path file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return lines(document);
        } catch (NotOfficeXmlFileException e) {
            throw isZipBomb(e) ? ImportErrors.zipBomb(file, e) : ImportErrors.notWordDocument(file);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw ImportErrors.zipBomb(file, e);
            }
            if (e instanceof POIXMLException && isOtherOfficeFile(e)) {
                throw ImportErrors.notWordDocument(file);
            }
            throw ImportErrors.damagedDocx(file, e);
        }
    }

    private static List<SourceLine> lines(XWPFDocument document) {
        if (!isWordMainPart(document)) {
            throw new POIXMLException("not a wordprocessing document: " + document.getPackagePart().getContentType());
        }
        DocxHeadingLevels levels = new DocxHeadingLevels(document.getStyles());
        List<SourceLine> lines = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                addParagraph(paragraph, levels, lines);
            } else if (element instanceof XWPFTable table) {
                addTable(table, lines);
            }
        }
        return lines;
    }

    private static boolean isWordMainPart(XWPFDocument document) {
        String type = document.getPackagePart().getContentType();
        return type.contains(WORD_MAIN_CONTENT_TYPE) || type.contains(WORD_TEMPLATE_CONTENT_TYPE)
                || type.contains("ms-word.document.macroEnabled") || type.contains("ms-word.template.macroEnabled");
    }

    /** A line break inside a paragraph (issuers stacked in one paragraph) separates lines. */
    private static void addParagraph(XWPFParagraph paragraph, DocxHeadingLevels levels, List<SourceLine> out) {
        String text = paragraph.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        int level = levels.levelOf(paragraph);
        boolean title = levels.isTitle(paragraph);
        for (String part : text.split("[\\n\\r\\u000B]")) {
            if (!part.isBlank()) {
                out.add(new SourceLine(part, level, title));
            }
        }
    }

    /**
     * A table row becomes one line, cells joined by a space: issuers laid out side by side in a
     * borderless table read as "甲机关 乙机关", and a figure table at least keeps its text.
     */
    private static void addTable(XWPFTable table, List<SourceLine> out) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder sb = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cell.getText().strip();
                if (!text.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(text.replaceAll("\\s+", " "));
                }
            }
            if (sb.length() > 0) {
                out.add(SourceLine.plain(sb.toString()));
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOtherOfficeFile(Throwable e) {
        String message = e.getMessage();
        return message != null && message.startsWith("not a wordprocessing document");
    }
}
