package org.nianbao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.model.BadInputException;
import org.nianbao.text.XmlPackageScan;

/**
 * Reads the paragraphs of a .docx with POI, keeping the heading level Word states. POI's
 * ZipSecureFile limits guard against zip bombs; their exception becomes a message for the officer.
 */
final class DocxLineReader {

    /** .docx, .dotx, .docm, .dotm main parts. */
    private static final Pattern WORD_CONTENT_TYPE =
            Pattern.compile("wordprocessingml\\.(document|template)\\.main|ms-word\\.(document|template)\\.macroEnabled");

    /** How POI writes a footnote or endnote mark into the text. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");

    private DocxLineReader() {
    }

    static List<SourceLine> read(byte[] bytes, Path file) {
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            if (!isWordPackage(pkg)) {
                pkg.revert(); // opened from memory: nothing to save, only to let go
                throw ImportErrors.notWordDocument(file);
            }
            try (XWPFDocument document = new XWPFDocument(pkg)) {
                return lines(document);
            }
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw refusal(bytes, file, e);
        }
    }

    /**
     * Why POI refused the package, found by a bounded look of our own: its reasons (a parser error, a
     * compression ratio) are not what the officer can act on, and a small deeply nested file is no bomb.
     */
    private static BadInputException refusal(byte[] bytes, Path file, Throwable e) {
        Exception cause = e instanceof Exception ex ? ex : new IllegalStateException(e);
        XmlPackageScan scan = XmlPackageScan.of(bytes);
        if (scan.hasDoctype()) {
            return ImportErrors.doctype(file);
        }
        if (scan.nestsTooDeep() && !scan.expandsTooFar()) {
            return ImportErrors.tooDeeplyNested(file);
        }
        if (scan.expandsTooFar() || isZipBomb(e)) {
            return ImportErrors.zipBomb(file, cause);
        }
        if (e instanceof NotOfficeXmlFileException) {
            return ImportErrors.notWordDocument(file);
        }
        return ImportErrors.damagedDocx(file, cause);
    }

    private static List<SourceLine> lines(XWPFDocument document) {
        DocxHeadingLevels levels = new DocxHeadingLevels(document.getStyles());
        List<SourceLine> lines = new ArrayList<>();
        XWPFParagraph runInHeading = null;
        int number = 0; // Word's paragraphs in the body, empty ones too: where a heading stood in the file
        int runInNumber = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                number++;
                if (runInHeading != null) {
                    // the body that continues a run-in heading's line: one paragraph, as the reader sees it
                    addParagraph(runInHeading, bodyText(runInHeading) + bodyText(paragraph), levels, runInNumber,
                            lines);
                    runInHeading = null;
                } else if (endsInStyleSeparator(paragraph)) {
                    runInHeading = paragraph;
                    runInNumber = number;
                } else {
                    addParagraph(paragraph, bodyText(paragraph), levels, number, lines);
                }
                continue;
            }
            if (runInHeading != null) {
                addParagraph(runInHeading, bodyText(runInHeading), levels, runInNumber, lines);
                runInHeading = null;
            }
            if (element instanceof XWPFTable table) {
                addTable(table, lines);
            } else if (element instanceof XWPFSDT control) {
                addText(control.getContent().getText(), lines);
            }
        }
        if (runInHeading != null) {
            addParagraph(runInHeading, bodyText(runInHeading), levels, runInNumber, lines);
        }
        return lines;
    }

    /**
     * Word's style separator (Ctrl+Alt+Enter): a paragraph mark hidden with specVanish, so the next
     * paragraph continues on the same line. Run-in headings are written so.
     */
    private static boolean endsInStyleSeparator(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().getPPr();
        return pPr != null && pPr.getRPr() != null && pPr.getRPr().sizeOfSpecVanishArray() > 0;
    }

    /** The package's main part is a Word body (not a workbook or a presentation renamed .docx). */
    private static boolean isWordPackage(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() == 0) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (main.size() == 0) {
            return false;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part != null && WORD_CONTENT_TYPE.matcher(part.getContentType()).find();
    }

    /** A line break inside a paragraph (issuers stacked in one paragraph) separates lines. */
    private static void addParagraph(XWPFParagraph paragraph, String text, DocxHeadingLevels levels, int number,
                                     List<SourceLine> out) {
        if (text.isBlank()) {
            return;
        }
        int level = levels.levelOf(paragraph);
        boolean title = levels.isTitle(paragraph);
        String listMarker = level == 0 ? AutoNumbering.typedMarker(paragraph) : "";
        text = listMarker + text;
        boolean first = true;
        for (String part : text.split("[\\n\\r\\u000B]")) {
            if (!part.isBlank()) {
                out.add(new SourceLine(part, level, title, number, true, first && !listMarker.isEmpty()));
                first = false;
            }
        }
    }

    /**
     * The paragraph as Word shows it with tracked changes accepted (POI leaves deletions out), but
     * without the footnotes POI appends to it: a footnote is not part of the sentence.
     */
    private static String bodyText(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        if (text == null) {
            return "";
        }
        String footnotes = paragraph.getFootnoteText();
        if (footnotes != null && !footnotes.isEmpty() && text.endsWith(footnotes)) {
            text = text.substring(0, text.length() - footnotes.length());
        }
        return text.indexOf('[') < 0 ? text : NOTE_REFERENCE.matcher(text).replaceAll("");
    }

    /** A content control (templates put the date or the issuer in one) read as plain lines. */
    private static void addText(String text, List<SourceLine> out) {
        for (String part : text.split("[\\n\\r\\u000B]")) {
            if (!part.isBlank()) {
                out.add(SourceLine.plain(part));
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

}
