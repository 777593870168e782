package org.nianbao.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test files, way (1): an export edited in code with the markup Word writes when a reviewer works
 * with track changes on: w:ins / w:del with w:id, w:author, w:date, one record per run (a change
 * typed in two bursts is two runs with their own rsid), tracked paragraph marks, w:moveFrom /
 * w:moveTo with their range names, comments.xml with w14:paraId and commentsExtended.xml with
 * w15:done and w15:paraIdParent. Way (3), edits with tracking off, is {@link #replaceUntracked}.
 */
public final class WordReturn {

    public static final String DATE = "2024-02-03T09:15:00Z";
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private String document;
    private final List<String> comments = new ArrayList<>();
    private final List<String> commentsEx = new ArrayList<>();
    private int nextId = 100;
    private final Map<Integer, String> paraIds = new LinkedHashMap<>();
    private int carried;

    private WordReturn(Path export) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(export)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        keepCarriedComments();
    }

    /**
     * An export may carry the report's unresolved comments back (comments.xml and commentsExtended.xml):
     * Word keeps them, with their w14:paraIds and threads, in the file it saves.
     */
    private void keepCarriedComments() {
        byte[] xml = parts.get("word/comments.xml");
        if (xml == null) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:comment .*?</w:comment>")
                .matcher(new String(xml, StandardCharsets.UTF_8));
        while (m.find()) {
            String comment = m.group();
            int id = Integer.parseInt(comment.replaceFirst("(?s)^<w:comment w:id=\"(\\d+)\".*", "$1"));
            if (id != comments.size()) {
                throw new IllegalStateException("comments not numbered from 0: " + comment);
            }
            paraIds.put(id, comment.replaceFirst("(?s).*w14:paraId=\"([0-9A-F]{8})\".*", "$1"));
            comments.add(comment);
        }
        java.util.regex.Matcher ex = java.util.regex.Pattern.compile("<w15:commentEx [^>]*/>")
                .matcher(new String(parts.get("word/commentsExtended.xml"), StandardCharsets.UTF_8));
        while (ex.find()) {
            commentsEx.add(ex.group());
        }
        carried = comments.size();
    }

    /**
     * Word keeps a line break (w:br) in a run of its own once the text around it is edited: a title
     * printed in several lines becomes runs that {@link #replace} can work on.
     */
    public WordReturn breaksInOwnRuns() {
        document = document.replace("</w:t><w:br/><w:t>", "</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>");
        return this;
    }

    /** How many comments the export carried back (their ids are 0 up to this). */
    public int carriedComments() {
        return carried;
    }

    /**
     * A writer that gives comments paraIds of its own (LibreOffice does), so only their author, date and
     * text tell the carried ones apart.
     */
    public WordReturn withNewParaIds() {
        for (Map.Entry<Integer, String> e : paraIds.entrySet()) {
            String fresh = String.format("6D6E%04X", e.getKey());
            comments.replaceAll(c -> c.replace("\"" + e.getValue() + "\"", "\"" + fresh + "\""));
            commentsEx.replaceAll(c -> c.replace("\"" + e.getValue() + "\"", "\"" + fresh + "\""));
            e.setValue(fresh);
        }
        return this;
    }

    public static WordReturn of(Path export) throws IOException {
        return new WordReturn(export);
    }

    private String revision(String element, String author) {
        return "<w:" + element + " w:id=\"" + nextId++ + "\" w:author=\"" + author + "\" w:date=\"" + DATE + "\">";
    }

    /** The run holding {@code text} split around it: [start of run, end of run) and its properties. */
    private record Run(int start, int end, String properties, String before, String after) {
    }

    private Run runAround(String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = document.indexOf(text, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("not in the document: " + text);
            }
        }
        int runStart = Math.max(document.lastIndexOf("<w:r>", at), document.lastIndexOf("<w:r ", at));
        int runEnd = document.indexOf("</w:r>", at) + "</w:r>".length();
        String run = document.substring(runStart, runEnd);
        int tOpen = run.indexOf("<w:t");
        String properties = run.substring(run.indexOf('>') + 1, tOpen);
        int textStart = run.indexOf('>', tOpen) + 1;
        int textEnd = run.indexOf("</w:t>");
        String runText = run.substring(textStart, textEnd);
        int inRun = at - runStart - textStart;
        if (run.substring(textEnd).contains("<w:t")) {
            throw new IllegalArgumentException("a run with several texts: " + run);
        }
        return new Run(runStart, runEnd, properties, runText.substring(0, inRun), runText.substring(inRun + text.length()));
    }

    private String run(String properties, String text, String rsid) {
        if (text.isEmpty()) {
            return "";
        }
        return "<w:r w:rsidR=\"" + rsid + "\">" + properties + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private String deleted(String properties, String text) {
        return "<w:r w:rsidDel=\"00A1B2C3\">" + properties + "<w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r>";
    }

    /** Replaces {@code old} (inside one run) with {@code inserted}: a w:del then a w:ins, the insertion typed in two bursts. */
    public WordReturn replace(String old, String inserted, String author) {
        return replace(old, inserted, author, 0);
    }

    public WordReturn replace(String old, String inserted, String author, int occurrence) {
        Run r = runAround(old, occurrence);
        StringBuilder sb = new StringBuilder();
        sb.append(run(r.properties(), r.before(), "00112233"));
        if (!old.isEmpty()) {
            sb.append(revision("del", author)).append(deleted(r.properties(), old)).append("</w:del>");
        }
        if (!inserted.isEmpty()) {
            int half = inserted.length() / 2;
            if (half > 0) {
                sb.append(revision("ins", author)).append(run(r.properties(), inserted.substring(0, half), "00C4D5E6")).append("</w:ins>");
            }
            sb.append(revision("ins", author)).append(run(r.properties(), inserted.substring(half), "00F7A8B9")).append("</w:ins>");
        }
        sb.append(run(r.properties(), r.after(), "00112233"));
        document = document.substring(0, r.start()) + sb + document.substring(r.end());
        return this;
    }

    /** Inserts text right after {@code anchor} (inside one run). */
    public WordReturn insertAfter(String anchor, String inserted, String author) {
        Run r = runAround(anchor, 0);
        String before = r.before() + anchor;
        String sb = run(r.properties(), before, "00112233") + revision("ins", author)
                + run(r.properties(), inserted, "00C4D5E6") + "</w:ins>" + run(r.properties(), r.after(), "00112233");
        document = document.substring(0, r.start()) + sb + document.substring(r.end());
        return this;
    }

    public WordReturn delete(String old, String author) {
        return replace(old, "", author);
    }

    /**
     * Deletes the paragraph mark of the paragraph holding {@code text}: Word shows the two paragraphs
     * merged (w:pPr/w:rPr/w:del).
     */
    public WordReturn deleteParagraphMark(String text, String author) {
        int at = document.indexOf(text);
        int pStart = document.lastIndexOf("<w:p>", at);
        int pPrEnd = document.indexOf("</w:pPr>", pStart);
        String pPr = document.substring(pStart, pPrEnd);
        String mark = "<w:rPr>" + revision("del", author).replace(">", "/>") + "</w:rPr>";
        if (pPr.contains("<w:rPr>")) {
            throw new IllegalStateException("paragraph mark properties already set");
        }
        document = document.substring(0, pPrEnd) + mark + document.substring(pPrEnd);
        return this;
    }

    /**
     * A deletion across a paragraph break, as Word marks it: from {@code fromHere} to the end of its
     * run (the last of its paragraph), that paragraph's mark, the marks of the empty paragraphs
     * between (the blank line after the title), and the next paragraph with text from its first run's
     * start to the end of {@code toHere}.
     */
    public WordReturn deleteAcross(String fromHere, String toHere, String author) {
        Run from = runAround(fromHere, 0);
        if (document.indexOf("<w:r", from.end()) < document.indexOf("</w:p>", from.end())) {
            throw new IllegalArgumentException("not the paragraph's last run: " + fromHere);
        }
        String tail = fromHere + from.after();
        String head = runAround(toHere, 0).before() + toHere;
        delete(tail, author);
        deleteParagraphMark(tail, author);
        int between = document.indexOf("</w:p>", document.indexOf(tail)) + "</w:p>".length();
        int next = document.lastIndexOf("<w:p>", document.indexOf(head));
        for (int p = document.indexOf("<w:p>", between); p >= 0 && p < next; p = document.indexOf("<w:p>", p + 1)) {
            int end = document.indexOf("</w:p>", p);
            if (document.substring(p, end).contains("<w:t")) {
                throw new IllegalArgumentException("a paragraph with text between: " + document.substring(p, end));
            }
            int pPrEnd = document.indexOf("</w:pPr>", p);
            String mark = "<w:rPr>" + revision("del", author).replace(">", "/>") + "</w:rPr>";
            document = document.substring(0, pPrEnd) + mark + document.substring(pPrEnd);
            next = document.lastIndexOf("<w:p>", document.indexOf(head));
        }
        return delete(head, author);
    }

    /** A whole paragraph (one run) selected and deleted: its text and its mark. */
    public WordReturn deleteParagraph(String text, String author) {
        delete(text, author);
        return deleteParagraphMark(text, author);
    }

    /** Moves a sentence (inside one run) to right after {@code destination}: w:moveFrom and w:moveTo with range names. */
    public WordReturn move(String sentence, String destination, String author) {
        String name = "move" + nextId;
        int rangeId = nextId++;
        Run from = runAround(sentence, 0);
        String fromXml = run(from.properties(), from.before(), "00112233")
                + "<w:moveFromRangeStart w:id=\"" + rangeId + "\" w:author=\"" + author + "\" w:date=\"" + DATE + "\" w:name=\"" + name + "\"/>"
                + revision("moveFrom", author) + deleted(from.properties(), sentence) + "</w:moveFrom>"
                + "<w:moveFromRangeEnd w:id=\"" + rangeId + "\"/>" + run(from.properties(), from.after(), "00112233");
        document = document.substring(0, from.start()) + fromXml + document.substring(from.end());
        Run to = runAround(destination, 0);
        int toId = nextId++;
        String toXml = run(to.properties(), to.before() + destination, "00112233")
                + "<w:moveToRangeStart w:id=\"" + toId + "\" w:author=\"" + author + "\" w:date=\"" + DATE + "\" w:name=\"" + name + "\"/>"
                + revision("moveTo", author) + run(to.properties(), sentence, "00C4D5E6") + "</w:moveTo>"
                + "<w:moveToRangeEnd w:id=\"" + toId + "\"/>" + run(to.properties(), to.after(), "00112233");
        document = document.substring(0, to.start()) + toXml + document.substring(to.end());
        return this;
    }

    /** A comment anchored on {@code anchor} (inside one run); returns the comment's id for replies. */
    public int comment(String anchor, String text, String author, String initials) {
        int id = comments.size();
        Run r = runAround(anchor, 0);
        String xml = run(r.properties(), r.before(), "00112233") + "<w:commentRangeStart w:id=\"" + id + "\"/>"
                + run(r.properties(), anchor, "00112233") + "<w:commentRangeEnd w:id=\"" + id + "\"/>"
                + "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"" + id + "\"/></w:r>"
                + run(r.properties(), r.after(), "00112233");
        document = document.substring(0, r.start()) + xml + document.substring(r.end());
        addComment(id, text, author, initials, null, false);
        return id;
    }

    /** A reply, as Word writes it: its own comment on the same anchor, its parent in commentsExtended.xml. */
    public int reply(int parent, String text, String author, String initials) {
        int id = comments.size();
        document = document.replace("<w:commentRangeEnd w:id=\"" + parent + "\"/>",
                "<w:commentRangeEnd w:id=\"" + parent + "\"/><w:commentRangeEnd w:id=\"" + id + "\"/>");
        document = document.replace("<w:commentRangeStart w:id=\"" + parent + "\"/>",
                "<w:commentRangeStart w:id=\"" + parent + "\"/><w:commentRangeStart w:id=\"" + id + "\"/>");
        addComment(id, text, author, initials, parent, false);
        return id;
    }

    public WordReturn markDone(int id) {
        String paraId = paraIds.get(id);
        commentsEx.replaceAll(s -> s.contains("w15:paraId=\"" + paraId + "\"") ? s.replace("w15:done=\"0\"", "w15:done=\"1\"") : s);
        return this;
    }

    private void addComment(int id, String text, String author, String initials, Integer parent, boolean done) {
        paraIds.put(id, String.format("1A2B%04X", id));
        comments.add("<w:comment w:id=\"" + id + "\" w:author=\"" + author + "\" w:date=\"" + DATE + "\" w:initials=\""
                + initials + "\"><w:p w14:paraId=\"" + paraIds.get(id) + "\" w14:textId=\"77777777\"><w:r><w:annotationRef/></w:r>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p></w:comment>");
        commentsEx.add("<w15:commentEx w15:paraId=\"" + paraIds.get(id) + "\""
                + (parent == null ? "" : " w15:paraIdParent=\"" + paraIds.get(parent) + "\"") + " w15:done=\"" + (done ? 1 : 0) + "\"/>");
    }

    /** Way (3): the reviewer typed with track changes off: the text simply differs. */
    public WordReturn replaceUntracked(String old, String replacement) {
        if (!document.contains(old)) {
            throw new IllegalArgumentException("not in the document: " + old);
        }
        document = document.replaceFirst(java.util.regex.Pattern.quote(old), java.util.regex.Matcher.quoteReplacement(replacement));
        return this;
    }

    /** Way (3): a whole paragraph selected with its mark and deleted, track changes off: it is simply gone. */
    public WordReturn removeParagraphUntracked(String text) {
        int at = document.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not in the document: " + text);
        }
        int start = Math.max(document.lastIndexOf("<w:p>", at), document.lastIndexOf("<w:p ", at));
        int end = document.indexOf("</w:p>", at) + "</w:p>".length();
        document = document.substring(0, start) + document.substring(end);
        return this;
    }

    /** A reviewer pasted everything into a new document: no properties, no bookmarks. */
    public WordReturn withoutPropertiesAndBookmarks() {
        document = document.replaceAll("<w:bookmark(Start|End)[^>]*/>", "");
        parts.remove("docProps/custom.xml");
        return this;
    }

    /** The file as another database's export of report {@code id} would carry it. */
    public WordReturn claimingReport(String reportId) {
        String custom = new String(parts.get("docProps/custom.xml"), StandardCharsets.UTF_8);
        parts.put("docProps/custom.xml", custom.replaceFirst("<vt:lpwstr>\\d+</vt:lpwstr>", "<vt:lpwstr>" + reportId + "</vt:lpwstr>")
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String documentXml() {
        return document;
    }

    public Path write(Path target) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>(parts);
        out.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
        if (!comments.isEmpty()) {
            String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                    + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";
            out.put("word/comments.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments " + w + ">"
                    + String.join("", comments) + "</w:comments>").getBytes(StandardCharsets.UTF_8));
            out.put("word/commentsExtended.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                    + String.join("", commentsEx) + "</w15:commentsEx>").getBytes(StandardCharsets.UTF_8));
        }
        if (comments.size() > 0 && carried == 0) { // the export had no comment parts: declare them
            String types = new String(out.get("[Content_Types].xml"), StandardCharsets.UTF_8);
            out.put("[Content_Types].xml", types.replace("</Types>",
                    "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                            + "<Override PartName=\"/word/commentsExtended.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            String rels = new String(out.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
            out.put("word/_rels/document.xml.rels", rels.replace("</Relationships>",
                    "<Relationship Id=\"rIdComments\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                            + "<Relationship Id=\"rIdCommentsEx\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" Target=\"commentsExtended.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : out.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }
}
