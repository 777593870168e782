package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import java.util.List;
import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.export.xml.WordRuns;
import org.nianbao.text.XmlText;

/** The package parts of the template other than the styles: settings, footers, fonts, plumbing. */
final class TemplateParts {

    private TemplateParts() {
    }

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String NS_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String REL_FOOTER = NS_REL + "/footer";
    static final String FOOTER_ODD_ID = "rIdFooterOdd";
    static final String FOOTER_EVEN_ID = "rIdFooterEven";
    static final String CONTENT_TYPE_FOOTER =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    static String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/word/document.xml", wml + "document.main+xml")
                + override("/word/styles.xml", wml + "styles+xml")
                + override("/word/settings.xml", wml + "settings+xml")
                + override("/word/fontTable.xml", wml + "fontTable+xml")
                + override("/word/footer1.xml", CONTENT_TYPE_FOOTER)
                + override("/word/footer2.xml", CONTENT_TYPE_FOOTER)
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + "</Types>";
    }

    static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    static String packageRelationships() {
        return XML_DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rId1", NS_REL + "/officeDocument", "word/document.xml")
                + relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
                + relationship("rId3", NS_REL + "/extended-properties", "docProps/app.xml")
                + "</Relationships>";
    }

    static String documentRelationships() {
        return XML_DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rIdStyles", NS_REL + "/styles", "styles.xml")
                + relationship("rIdSettings", NS_REL + "/settings", "settings.xml")
                + relationship("rIdFontTable", NS_REL + "/fontTable", "fontTable.xml")
                + relationship(FOOTER_ODD_ID, REL_FOOTER, "footer1.xml")
                + relationship(FOOTER_EVEN_ID, REL_FOOTER, "footer2.xml")
                + "</Relationships>";
    }

    static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    /**
     * Settings: different odd and even footers (页码单页居右、双页居左), no punctuation compression
     * (it would change the characters a line), Word 2013+ layout rather than compatibility mode.
     */
    static String settings() {
        return XML_DECLARATION + "<w:settings xmlns:w=\"" + NS_MAIN + "\">"
                + "<w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"" + BODY_CHAR + "\"/>"
                + "<w:evenAndOddHeaders/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
                + "</w:settings>";
    }

    /** The faces the template names, each with its alternate name, PANOSE and character set. */
    static String fontTable() {
        StringBuilder sb = new StringBuilder(XML_DECLARATION).append("<w:fonts xmlns:w=\"").append(NS_MAIN).append("\">");
        for (String face : List.of(FONT_LATIN, FONT_BODY, FONT_HEADING_1, FONT_HEADING_2, FONT_TITLE, FONT_PAGE_NUMBER)) {
            sb.append(FontFace.named(face).xml());
        }
        return sb.append("</w:fonts>").toString();
    }

    /** A footer holding "— PAGE —" in the page-number style of odd or even pages. */
    static String pageNumberFooter(GongwenStyle style) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append(XML_DECLARATION).append("<w:ftr xmlns:w=\"").append(NS_MAIN).append("\"><w:p>");
        new ParagraphProperties().style(style.id()).appendTo(sb);
        WordRuns.appendRun(sb, PAGE_NUMBER_DASH + " ", null);
        sb.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                .append("<w:r><w:t>1</w:t></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        WordRuns.appendRun(sb, " " + PAGE_NUMBER_DASH, null);
        sb.append("</w:p></w:ftr>");
        return sb.toString();
    }

    /** A footer with nothing in it, for pages that carry no number (the end-block page). */
    static String blankFooter() {
        return XML_DECLARATION + "<w:ftr xmlns:w=\"" + NS_MAIN + "\"><w:p><w:pPr><w:pStyle w:val=\""
                + GongwenStyle.NORMAL.id() + "\"/></w:pPr></w:p></w:ftr>";
    }

    /** Page setup of the body: A4, the margins, footers, and a line grid of 22 lines. */
    static String sectionProperties() {
        return "<w:sectPr>"
                + "<w:footerReference w:type=\"even\" r:id=\"" + FOOTER_EVEN_ID + "\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"" + FOOTER_ODD_ID + "\"/>"
                + "<w:pgSz w:w=\"" + PAGE_WIDTH + "\" w:h=\"" + PAGE_HEIGHT + "\" w:code=\"9\"/>"
                + "<w:pgMar w:top=\"" + MARGIN_TOP + "\" w:right=\"" + MARGIN_RIGHT + "\" w:bottom=\""
                + MARGIN_BOTTOM + "\" w:left=\"" + MARGIN_LEFT + "\" w:header=\"" + HEADER_DISTANCE
                + "\" w:footer=\"" + FOOTER_DISTANCE + "\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"425\"/>"
                + "<w:docGrid w:type=\"" + GRID_TYPE + "\" w:linePitch=\"" + LINE_PITCH + "\""
                + (GRID_TYPE.equals("lines") ? "" : " w:charSpace=\"" + GRID_CHAR_SPACE + "\"")
                + "/>"
                + "</w:sectPr>";
    }

    static String coreProperties(String title, String creator, String created, String language) {
        StringBuilder sb = new StringBuilder(XML_DECLARATION);
        sb.append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        element(sb, "dc:title", title);
        element(sb, "dc:creator", creator);
        element(sb, "cp:lastModifiedBy", creator);
        if (created != null) {
            sb.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>");
            sb.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:modified>");
        }
        element(sb, "dc:language", language);
        return sb.append("</cp:coreProperties>").toString();
    }

    private static void element(StringBuilder sb, String name, String value) {
        if (value != null && !value.isEmpty()) {
            sb.append('<').append(name).append('>');
            XmlText.appendEscaped(sb, value);
            sb.append("</").append(name).append('>');
        }
    }

    static String appProperties() {
        return XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Nianbao</Application></Properties>";
    }
}
