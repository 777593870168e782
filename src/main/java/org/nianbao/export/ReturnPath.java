package org.nianbao.export;

import org.nianbao.export.xml.XmlText;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Section;

/**
 * What an export leaves so the reviewers' file can come back (issue 12): the report's and the
 * export's ids in custom document properties, and a hidden bookmark (its name starts with "_", so
 * Word and WPS do not list it) around each section's heading line, plus one where the sections end.
 * Nothing visible changes.
 *
 * @param exportId null for an export that leaves no way back (then nothing is written)
 */
public record ReturnPath(long reportId, String exportId) {

    /** Bookmark ids far above any a template would use. */
    private static final int FIRST_BOOKMARK_ID = 90_000;
    private static final String CUSTOM_PART = "docProps/custom.xml";
    private static final String CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    private static final String CUSTOM_REL = TemplateParts.NS_REL + "/custom-properties";
    /** The format id Word gives user-defined properties. */
    private static final String USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    static final ReturnPath NONE = new ReturnPath(0, null);

    boolean enabled() {
        return exportId != null;
    }

    /** The start of a section's bookmark, right after its heading paragraph's properties. */
    void sectionStart(StringBuilder out, Section section) {
        if (enabled() && section.id() != null) {
            out.append("<w:bookmarkStart w:id=\"").append(bookmarkId(section)).append("\" w:name=\"")
                    .append(ExportSnapshot.sectionBookmark(section.id())).append("\"/>");
        }
    }

    /** The end of the section's bookmark, before its heading paragraph closes. */
    void sectionEnd(StringBuilder out, Section section) {
        if (enabled() && section.id() != null) {
            out.append("<w:bookmarkEnd w:id=\"").append(bookmarkId(section)).append("\"/>");
        }
    }

    /** A collapsed bookmark where the sections end and the closing (issuers, date, attachments) begins. */
    void end(StringBuilder out) {
        if (enabled()) {
            out.append("<w:bookmarkStart w:id=\"").append(FIRST_BOOKMARK_ID - 1).append("\" w:name=\"")
                    .append(ExportSnapshot.END_BOOKMARK).append("\"/><w:bookmarkEnd w:id=\"")
                    .append(FIRST_BOOKMARK_ID - 1).append("\"/>");
        }
    }

    private static long bookmarkId(Section section) {
        return FIRST_BOOKMARK_ID + section.id();
    }

    /** Adds (or replaces the template's) custom properties part holding the two ids. */
    void writeProperties(PackageWriter pkg) {
        if (enabled()) {
            pkg.putRootPart(CUSTOM_PART, customProperties(), CUSTOM_TYPE, CUSTOM_REL);
        }
    }

    String customProperties() {
        return TemplateParts.XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + property(2, ExportSnapshot.REPORT_PROPERTY, Long.toString(reportId))
                + property(3, ExportSnapshot.EXPORT_PROPERTY, exportId)
                + "</Properties>";
    }

    private static String property(int pid, String name, String value) {
        return "<property fmtid=\"" + USER_DEFINED + "\" pid=\"" + pid + "\" name=\"" + name + "\"><vt:lpwstr>"
                + XmlText.escape(value) + "</vt:lpwstr></property>";
    }
}
