package org.nianbao.collect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A form's .xlsx package written straight to a zip stream: content types, relationships, workbook,
 * styles, shared strings and the worksheets, no more. POI's XSSF builds the same file as XMLBeans
 * objects and a package in memory and then saves it (and saves it again on close): most of the
 * cost of thirty forms, and what made "make all forms" slow on a loaded PC (decision 0013). POI
 * reads the result back in the tests, and the parts are validated against the ISO/IEC 29500 schema.
 */
final class FormPackage {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** A worksheet of the workbook, in tab order. */
    record Sheet(String name, SheetXml xml, boolean veryHidden) {
    }

    private final SharedStrings strings;
    private final List<Sheet> sheets = new ArrayList<>();
    private String printTitles;

    FormPackage(SharedStrings strings) {
        this.strings = strings;
    }

    FormPackage sheet(String name, SheetXml xml, boolean veryHidden) {
        sheets.add(new Sheet(name, xml, veryHidden));
        return this;
    }

    /** The first sheet's row {@code row} (0-based) printed atop every page. */
    FormPackage printTitles(int row) {
        printTitles = "'" + sheets.get(0).name().replace("'", "''") + "'!$" + (row + 1) + ":$" + (row + 1);
        return this;
    }

    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", contentTypes());
        part(zip, "_rels/.rels", HEADER + "<Relationships xmlns=\"" + PACKAGE_RELS_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part(zip, "xl/workbook.xml", workbook());
        part(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
        part(zip, "xl/styles.xml", FormStyles.xml());
        for (int i = 0; i < sheets.size(); i++) {
            part(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).xml().xml());
        }
        // every text was entered in the table as the sheets were filled
        part(zip, "xl/sharedStrings.xml", strings.xml());
        zip.finish();
    }

    private String contentTypes() {
        StringBuilder out = new StringBuilder(HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"))
                .append(override("/xl/styles.xml", "spreadsheetml.styles+xml"))
                .append(override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml"));
        for (int i = 0; i < sheets.size(); i++) {
            out.append(override("/xl/worksheets/sheet" + (i + 1) + ".xml", "spreadsheetml.worksheet+xml"));
        }
        return out.append("</Types>").toString();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type + "\"/>";
    }

    private String workbook() {
        StringBuilder out = new StringBuilder(HEADER).append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"")
                .append(RELATIONSHIPS_NS).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            out.append("<sheet name=\"").append(SharedStrings.escape(s.name())).append("\" sheetId=\"").append(i + 1).append('"')
                    .append(s.veryHidden() ? " state=\"veryHidden\"" : "").append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        out.append("</sheets>");
        if (printTitles != null) {
            out.append("<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">")
                    .append(SharedStrings.escape(printTitles)).append("</definedName></definedNames>");
        }
        return out.append("</workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder out = new StringBuilder(HEADER).append("<Relationships xmlns=\"").append(PACKAGE_RELS_NS).append("\">");
        for (int i = 0; i < sheets.size(); i++) {
            out.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(RELATIONSHIPS_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        int next = sheets.size() + 1;
        out.append("<Relationship Id=\"rId").append(next).append("\" Type=\"").append(RELATIONSHIPS_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        out.append("<Relationship Id=\"rId").append(next + 1).append("\" Type=\"").append(RELATIONSHIPS_NS)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return out.append("</Relationships>").toString();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
