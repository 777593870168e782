package org.nianbao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Comments (word/comments.xml) with their replies and resolved state (word/commentsExtended.xml,
 * linked through the paraId of each comment's last paragraph), and the custom document properties.
 */
final class CommentsReader {

    private CommentsReader() {
    }

    private record Raw(String id, String author, String initials, String date, String text, String paraId) {
    }

    private record Extended(String parentParaId, boolean done) {
    }

    static List<ReturnedDocument.Comment> read(ReturnedPackage pkg, Map<String, int[]> starts,
                                               Map<String, int[]> ends, Map<String, int[]> references)
            throws XMLStreamException {
        byte[] xml = pkg.part(ReturnedPackage.COMMENTS);
        if (xml == null) {
            return List.of();
        }
        List<Raw> raw = comments(xml);
        Map<String, Extended> extended = extended(pkg.part(ReturnedPackage.COMMENTS_EXTENDED));
        Map<String, String> idByParaId = new HashMap<>();
        for (Raw c : raw) {
            if (c.paraId() != null) {
                idByParaId.put(c.paraId(), c.id());
            }
        }
        List<ReturnedDocument.Comment> out = new ArrayList<>();
        for (Raw c : raw) {
            int[] start = starts.getOrDefault(c.id(), references.get(c.id()));
            if (start == null) {
                continue; // a comment nothing in the text refers to
            }
            int[] end = ends.getOrDefault(c.id(), references.getOrDefault(c.id(), start));
            Extended ex = c.paraId() == null ? null : extended.get(c.paraId());
            String parent = ex == null || ex.parentParaId() == null ? null : idByParaId.get(ex.parentParaId());
            out.add(new ReturnedDocument.Comment(c.id(), c.author(), c.initials(), c.date(), c.text(), parent,
                    ex != null && ex.done(), start[0], start[1], end[0], end[1], c.paraId()));
        }
        return out;
    }

    private static List<Raw> comments(byte[] xml) throws XMLStreamException {
        List<Raw> out = new ArrayList<>();
        XMLStreamReader r = DocumentReader.safeFactory().createXMLStreamReader(ReturnedPackage.stream(xml));
        String id = null;
        String author = null;
        String initials = null;
        String date = null;
        String paraId = null;
        StringBuilder text = null;
        int paragraphsInComment = 0;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && DocumentReader.isWordNamespace(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "comment" -> {
                            id = DocumentReader.attribute(r, "id");
                            author = DocumentReader.attribute(r, "author");
                            initials = DocumentReader.attribute(r, "initials");
                            date = DocumentReader.attribute(r, "date");
                            paraId = null;
                            text = new StringBuilder();
                            paragraphsInComment = 0;
                        }
                        case "p" -> {
                            if (text != null) {
                                if (paragraphsInComment++ > 0) {
                                    text.append('\n');
                                }
                                String p = DocumentReader.attribute(r, "paraId");
                                if (p != null) {
                                    paraId = p;
                                }
                            }
                        }
                        case "t" -> {
                            if (text != null) {
                                text.append(r.getElementText());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "comment".equals(r.getLocalName())
                        && text != null) {
                    out.add(new Raw(id, nonNull(author), nonNull(initials), nonNull(date), text.toString().strip(),
                            paraId));
                    text = null;
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static Map<String, Extended> extended(byte[] xml) throws XMLStreamException {
        Map<String, Extended> out = new HashMap<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader r = DocumentReader.safeFactory().createXMLStreamReader(ReturnedPackage.stream(xml));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("commentEx")) {
                    String paraId = DocumentReader.attribute(r, "paraId");
                    String done = DocumentReader.attribute(r, "done");
                    if (paraId != null) {
                        out.put(paraId, new Extended(DocumentReader.attribute(r, "paraIdParent"),
                                "1".equals(done) || "true".equals(done)));
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /** docProps/custom.xml: property name → its value's text. */
    static Map<String, String> customProperties(byte[] xml) throws XMLStreamException {
        Map<String, String> out = new LinkedHashMap<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader r = DocumentReader.safeFactory().createXMLStreamReader(ReturnedPackage.stream(xml));
        try {
            String name = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("property")) {
                        name = DocumentReader.attribute(r, "name");
                    } else if (name != null) {
                        out.put(name, r.getElementText());
                        name = null;
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
