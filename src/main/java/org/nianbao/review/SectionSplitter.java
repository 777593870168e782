package org.nianbao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.ExportSnapshot;

/**
 * Finds each section's paragraphs in a returned file: by the hidden bookmark the export left at its
 * heading first, then, for a section whose bookmark is gone (a file pasted into a new document), by
 * its heading line among the paragraphs between its neighbours. What precedes the first section and
 * follows the end bookmark is the text outside the sections (title, closing).
 */
final class SectionSplitter {

    private SectionSplitter() {
    }

    /** The sections in document order; the text outside them comes first and last with sectionId null. */
    static List<ReturnedSection> split(ReturnedDocument document, ExportSnapshot snapshot) {
        List<ReturnedParagraph> paragraphs = document.paragraphs();
        Map<Integer, Long> starts = new HashMap<>();
        int end = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            ReturnedParagraph p = paragraphs.get(i);
            if (p.sectionStart != null && !starts.containsValue(p.sectionStart)) {
                starts.put(i, p.sectionStart);
            }
            if (p.endMarker && end < 0) {
                end = i;
            }
        }
        if (snapshot != null) {
            alignMissing(paragraphs, snapshot, starts);
            if (end < 0 && !snapshot.sections().isEmpty()) {
                end = endOfLast(paragraphs, snapshot, starts);
            }
        }
        int closingAt = end;
        List<ReturnedSection> out = new ArrayList<>();
        Long current = null;
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean closing = i == closingAt;
            if (starts.containsKey(i) || closing) {
                out.add(new ReturnedSection(current, paragraphs, indexes));
                indexes = new ArrayList<>();
                current = closing ? null : starts.get(i);
                if (closing) {
                    starts.keySet().removeIf(k -> k > closingAt); // a section after the end bookmark is not one
                }
            }
            indexes.add(i);
        }
        out.add(new ReturnedSection(current, paragraphs, indexes));
        out.removeIf(s -> s.sectionId == null && s.pieces.isEmpty());
        return out;
    }

    /** Places sections without a bookmark by their heading line, in snapshot order. */
    private static void alignMissing(List<ReturnedParagraph> paragraphs, ExportSnapshot snapshot,
                                     Map<Integer, Long> starts) {
        int from = 0;
        for (ExportSnapshot.SectionText s : snapshot.sections()) {
            Integer found = indexOf(starts, s.sectionId());
            if (found != null) {
                from = found + 1;
                continue;
            }
            String heading = headingKey(s.text());
            for (int i = from; i < paragraphs.size(); i++) {
                if (starts.containsKey(i)) {
                    break; // the next placed section: this one is not between them
                }
                String text = paragraphs.get(i).original().strip();
                if (!heading.isEmpty() && text.startsWith(heading)) {
                    starts.put(i, s.sectionId());
                    from = i + 1;
                    break;
                }
            }
        }
    }

    /**
     * Without the end bookmark, the last section holds as many paragraphs (as they were sent) as its
     * snapshot has lines; what follows is the closing.
     */
    private static int endOfLast(List<ReturnedParagraph> paragraphs, ExportSnapshot snapshot, Map<Integer, Long> starts) {
        ExportSnapshot.SectionText last = snapshot.sections().get(snapshot.sections().size() - 1);
        Integer start = indexOf(starts, last.sectionId());
        if (start == null) {
            return -1;
        }
        int lines = last.text().split("\n", -1).length;
        int seen = 0;
        for (int i = start; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).mark.kind() != Piece.Kind.INSERTED) {
                seen++;
            }
            if (seen == lines) {
                return i + 1 < paragraphs.size() ? i + 1 : -1;
            }
        }
        return -1;
    }

    private static Integer indexOf(Map<Integer, Long> starts, long sectionId) {
        for (Map.Entry<Integer, Long> e : starts.entrySet()) {
            if (e.getValue() == sectionId) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * The start of a section's first line: enough to recognize its numbered heading, short enough
     * that a run-in heading's changed body sentence does not hide it.
     */
    static String headingKey(String text) {
        String line = firstLine(text);
        return line.length() <= 20 ? line : line.substring(0, 20);
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
