package org.nianbao.review;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.model.ExportSnapshot;

/**
 * Reads the main document of a returned .docx with StAX, one pass, into paragraphs of pieces: text
 * unchanged, inserted (w:ins), deleted (w:del / w:delText), moved (w:moveFrom / w:moveTo), tracked
 * paragraph marks (w:pPr/w:rPr/w:ins|w:del), the hidden section bookmarks, and comment anchors.
 * DTDs and external entities are off: the file comes from outside.
 */
final class DocumentReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** Elements whose content is not the paragraph's text: old formatting, field codes, text boxes. */
    private static final Set<String> SKIPPED = Set.of("pPrChange", "rPrChange", "sectPrChange", "tblPrChange",
            "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "instrText", "delInstrText",
            "txbxContent", "footnoteReference", "endnoteReference");

    private final List<ReturnedParagraph> paragraphs = new ArrayList<>();
    private final Map<String, int[]> commentStarts = new HashMap<>();
    private final Map<String, int[]> commentEnds = new HashMap<>();
    private final Map<String, int[]> commentReferences = new HashMap<>();
    private final Deque<Piece> revisions = new ArrayDeque<>();
    private ReturnedParagraph paragraph;
    private Long pendingSection;
    private boolean pendingEnd;
    private String moveFromName;
    private String moveToName;
    private int skipDepth;
    private int pPrDepth;
    private int pPrRPrDepth;

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static boolean isWordNamespace(String ns) {
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    static ReturnedDocument read(ReturnedPackage pkg, Path file) {
        try {
            DocumentReader reader = new DocumentReader();
            reader.readBody(pkg.part(ReturnedPackage.DOCUMENT));
            List<ReturnedDocument.Comment> comments = CommentsReader.read(pkg, reader.commentStarts,
                    reader.commentEnds, reader.commentReferences);
            Map<String, String> properties = CommentsReader.customProperties(pkg.part(ReturnedPackage.CUSTOM));
            return new ReturnedDocument(reader.paragraphs, comments, properties);
        } catch (XMLStreamException | RuntimeException e) {
            throw ReviewErrors.damaged(file, e);
        }
    }

    private void readBody(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = safeFactory().createXMLStreamReader(ReturnedPackage.stream(xml));
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(r);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(r);
                }
            }
        } finally {
            r.close();
        }
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
        if (!isWordNamespace(r.getNamespaceURI())) {
            if (skipDepth > 0) {
                skipDepth++;
            }
            return;
        }
        String name = r.getLocalName();
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        switch (name) {
            case "p" -> {
                paragraph = new ReturnedParagraph();
                paragraph.sectionStart = pendingSection;
                paragraph.endMarker = pendingEnd;
                pendingSection = null;
                pendingEnd = false;
                paragraphs.add(paragraph);
            }
            case "pPr" -> pPrDepth++;
            case "rPr" -> {
                if (pPrDepth > 0) {
                    pPrRPrDepth++;
                }
            }
            case "ins", "del", "moveFrom", "moveTo" -> revision(r, name);
            case "t", "delText" -> {
                if (paragraph != null) {
                    text(r.getElementText());
                }
                // getElementText consumed the end tag
            }
            case "tab", "ptab" -> {
                if (pPrDepth == 0) {
                    text("\t");
                }
            }
            case "br", "cr" -> text("\n");
            case "noBreakHyphen" -> text("-");
            case "bookmarkStart" -> bookmark(attribute(r, "name"));
            case "moveFromRangeStart" -> moveFromName = attribute(r, "name");
            case "moveToRangeStart" -> moveToName = attribute(r, "name");
            case "commentRangeStart" -> commentStarts.put(attribute(r, "id"), anchor());
            case "commentRangeEnd" -> commentEnds.put(attribute(r, "id"), anchor());
            case "commentReference" -> commentReferences.putIfAbsent(attribute(r, "id"), anchor());
            default -> {
            }
        }
    }

    private void end(XMLStreamReader r) {
        if (!isWordNamespace(r.getNamespaceURI()) || skipDepth > 0) {
            if (skipDepth > 0) {
                skipDepth--;
            }
            return;
        }
        switch (r.getLocalName()) {
            case "p" -> paragraph = null;
            case "pPr" -> pPrDepth--;
            case "rPr" -> {
                if (pPrDepth > 0) {
                    pPrRPrDepth--;
                }
            }
            case "ins", "del", "moveFrom", "moveTo" -> {
                if (pPrRPrDepth == 0 && !revisions.isEmpty()) {
                    revisions.pop();
                }
            }
            default -> {
            }
        }
    }

    /** A tracked change around runs, or (inside the paragraph mark's properties) on the mark itself. */
    private void revision(XMLStreamReader r, String name) {
        Piece.Kind kind = switch (name) {
            case "ins" -> Piece.Kind.INSERTED;
            case "del" -> Piece.Kind.DELETED;
            case "moveFrom" -> Piece.Kind.MOVED_FROM;
            default -> Piece.Kind.MOVED_TO;
        };
        String author = attribute(r, "author");
        String date = attribute(r, "date");
        String move = kind == Piece.Kind.MOVED_FROM ? moveFromName : kind == Piece.Kind.MOVED_TO ? moveToName : null;
        Piece revision = new Piece(kind, "", author == null ? "" : author, date == null ? "" : date, move);
        if (pPrRPrDepth > 0) {
            if (paragraph != null) {
                paragraph.mark = revision.withText("\n");
            }
            return;
        }
        revisions.push(revision);
    }

    private void text(String text) {
        if (paragraph == null || pPrDepth > 0) {
            return;
        }
        Piece revision = revisions.peek();
        if (revision == null) {
            paragraph.add(Piece.Kind.SAME, text, null, null, null);
        } else {
            paragraph.add(revision.kind(), text, revision.author(), revision.date(), revision.moveName());
        }
    }

    private void bookmark(String name) {
        if (name == null) {
            return;
        }
        if (name.equals(ExportSnapshot.END_BOOKMARK)) {
            if (paragraph != null && paragraph.originalLength() == 0) {
                paragraph.endMarker = true;
            } else {
                pendingEnd = true;
            }
            return;
        }
        if (!name.startsWith(ExportSnapshot.SECTION_BOOKMARK_PREFIX)) {
            return;
        }
        Long id;
        try {
            id = Long.parseLong(name.substring(ExportSnapshot.SECTION_BOOKMARK_PREFIX.length()));
        } catch (NumberFormatException e) {
            return;
        }
        if (paragraph != null && paragraph.sectionStart == null) {
            paragraph.sectionStart = id;
        } else if (paragraph == null) {
            pendingSection = id;
        }
    }

    /** Where an anchor falls: this paragraph at the text read so far, or the start of the next one. */
    private int[] anchor() {
        if (paragraph == null) {
            return new int[] {paragraphs.size(), 0};
        }
        return new int[] {paragraphs.size() - 1, paragraph.originalLength()};
    }
}
