package org.nianbao.export;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.export.xml.WordRuns;
import org.nianbao.text.XmlText;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.ReportField;
import org.nianbao.model.Section;

/**
 * What an export leaves so the reviewers' file can come back (issue 12): the report's and the
 * export's ids in custom document properties, and a hidden bookmark (its name starts with "_", so
 * Word and WPS do not list it) around each section's heading line, plus one where the sections end.
 * Nothing visible changes.
 *
 * <p>Reviewers' comments not yet resolved go back with the file as Word comments, anchored on
 * their section's heading line, replies threaded under them (commentsExtended.xml).
 *
 * @param exportId null for an export that leaves no way back (then nothing is written)
 * @param comments unresolved comments to carry back to the reviewers
 */
public record ReturnPath(long reportId, String exportId, List<CarriedComment> comments) {

    /**
     * A comment (with its replies) to write back as a Word comment on a section's heading line, or on
     * one of the report's fields (the title, the issuers, the date…).
     *
     * @param itemId the stored review item it comes from (null: none), so the returned file's copy is recognised
     * @param field  the field it goes back on; null for one on its section ({@code sectionId} then unused)
     */
    public record CarriedComment(long sectionId, String author, String initials, String date, String text,
                                 List<CarriedComment> replies, Long itemId, ReportField field) {
        public CarriedComment {
            replies = List.copyOf(replies);
        }

        public CarriedComment(long sectionId, String author, String initials, String date, String text,
                              List<CarriedComment> replies, Long itemId) {
            this(sectionId, author, initials, date, text, replies, itemId, null);
        }

        public CarriedComment(long sectionId, String author, String initials, String date, String text,
                              List<CarriedComment> replies) {
            this(sectionId, author, initials, date, text, replies, null);
        }

        boolean isOn(Long section, ReportField onField) {
            return field == null ? onField == null && section != null && sectionId == section : field == onField;
        }
    }

    public ReturnPath {
        comments = List.copyOf(comments);
    }

    public ReturnPath(long reportId, String exportId) {
        this(reportId, exportId, List.of());
    }

    /** Bookmark ids far above any a template would use. */
    private static final int FIRST_BOOKMARK_ID = 90_000;
    private static final String CUSTOM_PART = "docProps/custom.xml";
    private static final String CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    private static final String CUSTOM_REL = TemplateParts.NS_REL + "/custom-properties";
    /** The format id Word gives user-defined properties. */
    private static final String USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    static final ReturnPath NONE = new ReturnPath(0, null, List.of());
    private static final String COMMENTS_PART = "word/comments.xml";
    private static final String NS_W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    boolean enabled() {
        return exportId != null;
    }

    /** The start of a section's bookmark (and of its carried comments), right after its heading paragraph's properties. */
    void sectionStart(StringBuilder out, Section section) {
        if (enabled() && section.id() != null) {
            out.append("<w:bookmarkStart w:id=\"").append(bookmarkId(section)).append("\" w:name=\"")
                    .append(ExportSnapshot.sectionBookmark(section.id())).append("\"/>");
            commentsStart(out, commentIds(section.id(), null));
        }
    }

    /** The start of the comments carried back on one of the report's fields, inside its (first) paragraph. */
    void fieldStart(StringBuilder out, ReportField field) {
        if (enabled()) {
            commentsStart(out, commentIds(null, field));
        }
    }

    /** The end of a field's comments, before its (last) paragraph closes. */
    void fieldEnd(StringBuilder out, ReportField field) {
        if (enabled()) {
            commentsEnd(out, commentIds(null, field));
        }
    }

    private static void commentsStart(StringBuilder out, List<Integer> ids) {
        for (int id : ids) {
            out.append("<w:commentRangeStart w:id=\"").append(id).append("\"/>");
        }
    }

    private static void commentsEnd(StringBuilder out, List<Integer> ids) {
        for (int id : ids) {
            out.append("<w:commentRangeEnd w:id=\"").append(id).append("\"/><w:r><w:commentReference w:id=\"")
                    .append(id).append("\"/></w:r>");
        }
    }

    /** The end of the section's bookmark and comments, before its heading paragraph closes. */
    void sectionEnd(StringBuilder out, Section section) {
        if (enabled() && section.id() != null) {
            commentsEnd(out, commentIds(section.id(), null));
            out.append("<w:bookmarkEnd w:id=\"").append(bookmarkId(section)).append("\"/>");
        }
    }

    /** Word comment ids of a section's (or a field's) comments and their replies: their place in {@link #flat()}. */
    private List<Integer> commentIds(Long sectionId, ReportField field) {
        List<Integer> ids = new ArrayList<>();
        List<CarriedComment> all = flat();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isOn(sectionId, field)) {
                ids.add(i);
            }
        }
        return ids;
    }

    /** Comments and replies in one list, each reply after its comment; the index is the Word comment id. */
    private List<CarriedComment> flat() {
        List<CarriedComment> out = new ArrayList<>();
        for (CarriedComment c : comments) {
            out.add(c);
            for (CarriedComment r : c.replies()) {
                out.add(new CarriedComment(c.sectionId(), r.author(), r.initials(), r.date(), r.text(), List.of(),
                        r.itemId(), c.field()));
            }
        }
        return out;
    }

    /**
     * Every comment and reply this path writes that came from a stored item, with the paraId it gets
     * and its text as written: recorded with the export's snapshot so the returned copy is recognised.
     */
    public List<ExportSnapshot.CarriedComment> carriedBack() {
        List<ExportSnapshot.CarriedComment> out = new ArrayList<>();
        List<CarriedComment> all = flat();
        for (int i = 0; i < all.size(); i++) {
            CarriedComment c = all.get(i);
            if (c.itemId() != null) {
                out.add(new ExportSnapshot.CarriedComment(c.itemId(), paraId(i), c.author(), c.date(), c.text()));
            }
        }
        return out;
    }

    /** comments.xml and commentsExtended.xml (threads, all open), when there are comments to carry. */
    void writeComments(PackageWriter pkg) {
        if (!enabled() || comments.isEmpty() || pkg.text(COMMENTS_PART) != null) {
            return; // a template with comments of its own keeps them; ours are not mixed in
        }
        // paraId (w14) links a comment to its thread; mc:Ignorable lets a reader without w14 skip it, as Word writes it
        StringBuilder xml = new StringBuilder(TemplateParts.XML_DECLARATION).append("<w:comments xmlns:w=\"")
                .append(TemplateParts.NS_MAIN).append("\" xmlns:w14=\"").append(NS_W14)
                .append("\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"w14\">");
        StringBuilder ex = new StringBuilder(TemplateParts.XML_DECLARATION)
                .append("<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">");
        int id = 0;
        for (CarriedComment c : comments) {
            int parent = id;
            comment(xml, ex, id++, c, null);
            for (CarriedComment r : c.replies()) {
                comment(xml, ex, id++, r, parent);
            }
        }
        xml.append("</w:comments>");
        ex.append("</w15:commentsEx>");
        pkg.addDocumentPart("comments.xml", xml.toString(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", TemplateParts.NS_REL + "/comments");
        pkg.addDocumentPart("commentsExtended.xml", ex.toString(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                "http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
    }

    private static void comment(StringBuilder xml, StringBuilder ex, int id, CarriedComment c, Integer parent) {
        xml.append("<w:comment w:id=\"").append(id).append("\" w:author=\"").append(XmlText.escape(c.author()))
                .append("\" w:initials=\"").append(XmlText.escape(c.initials())).append('"');
        if (!c.date().isEmpty()) {
            xml.append(" w:date=\"").append(XmlText.escape(c.date())).append('"');
        }
        xml.append("><w:p w14:paraId=\"").append(paraId(id)).append("\"><w:r><w:annotationRef/></w:r>");
        WordRuns.appendRun(xml, c.text(), null);
        xml.append("</w:p></w:comment>");
        ex.append("<w15:commentEx w15:paraId=\"").append(paraId(id)).append('"');
        if (parent != null) {
            ex.append(" w15:paraIdParent=\"").append(paraId(parent)).append('"');
        }
        ex.append(" w15:done=\"0\"/>");
    }

    /** A paraId is 8 hex digits below 0x80000000. */
    private static String paraId(int id) {
        return String.format("4E420%03X", id);
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
            writeComments(pkg);
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
