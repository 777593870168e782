package org.nianbao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.CommentFollowUp;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;

/**
 * The comments of a returned file that our export carried back to the reviewers (recorded with the
 * export's snapshot), and the replies the reviewers added to them. A carried comment is recognised by
 * what the export wrote, never by resemblance to some other comment: the paraId it was given (Word
 * keeps it, though it renumbers w:id) with the same author; else the same author and the same text
 * as written (a writer that gives paraIds of its own, such as LibreOffice), the same date preferred.
 * Each record matches one comment of the file at most.
 */
final class CarriedThreads {

    /** File comment id → what the export wrote it from. */
    private final Map<String, ExportSnapshot.CarriedComment> carried = new HashMap<>();
    private final Map<String, ReturnedDocument.Comment> byId = new HashMap<>();
    private final List<ReturnedDocument.Comment> comments;

    private CarriedThreads(List<ReturnedDocument.Comment> comments, List<ExportSnapshot.CarriedComment> written) {
        this.comments = comments;
        comments.forEach(c -> byId.put(c.id(), c));
        Set<ExportSnapshot.CarriedComment> used = new HashSet<>();
        for (ReturnedDocument.Comment c : comments) {
            for (ExportSnapshot.CarriedComment w : written) {
                if (!used.contains(w) && c.paraId() != null && w.paraId().equalsIgnoreCase(c.paraId())
                        && w.author().equals(c.author())) {
                    carried.put(c.id(), w);
                    used.add(w);
                    break;
                }
            }
        }
        for (boolean sameDate : new boolean[] {true, false}) {
            for (ReturnedDocument.Comment c : comments) {
                if (carried.containsKey(c.id())) {
                    continue;
                }
                for (ExportSnapshot.CarriedComment w : written) {
                    if (!used.contains(w) && w.author().equals(c.author()) && compact(w.text()).equals(compact(c.text()))
                            && (!sameDate || w.date().equals(c.date()))) {
                        carried.put(c.id(), w);
                        used.add(w);
                        break;
                    }
                }
            }
        }
    }

    static CarriedThreads of(List<ReturnedDocument.Comment> comments, ExportSnapshot snapshot) {
        return new CarriedThreads(comments, snapshot == null ? List.of() : snapshot.carried());
    }

    /** Whether a comment is the reviewers' own: neither a carried one nor a reply to one. */
    boolean isNew(ReturnedDocument.Comment c) {
        return !carried.containsKey(c.id()) && storedRoot(c).isEmpty();
    }

    /** What the file adds to the stored comments: replies and done flags, in the file's order. */
    List<CommentFollowUp> followUps() {
        Map<Long, Boolean> done = new LinkedHashMap<>();
        Map<Long, List<ReviewItem>> replies = new LinkedHashMap<>();
        for (ReturnedDocument.Comment c : comments) {
            ExportSnapshot.CarriedComment w = carried.get(c.id());
            if (w != null) {
                if (c.parentId() == null) {
                    done.merge(w.itemId(), c.done(), Boolean::logicalOr);
                    replies.computeIfAbsent(w.itemId(), id -> new ArrayList<>());
                }
                continue;
            }
            Optional<Long> root = storedRoot(c);
            if (root.isPresent()) {
                replies.computeIfAbsent(root.get(), id -> new ArrayList<>()).add(new ReviewItem(null, 0,
                        ReviewKind.COMMENT, null, 0, 0, "", c.text(), c.author(), c.initials(), c.date(), true, null,
                        c.done(), null));
                done.putIfAbsent(root.get(), false);
            }
        }
        List<CommentFollowUp> out = new ArrayList<>();
        for (Map.Entry<Long, Boolean> e : done.entrySet()) {
            if (!e.getValue() && replies.getOrDefault(e.getKey(), List.of()).isEmpty()) {
                continue; // carried back and left as it was
            }
            out.add(new CommentFollowUp(e.getKey(), e.getValue(), replies.getOrDefault(e.getKey(), List.of())));
        }
        return out;
    }

    /** The stored comment a reply's thread hangs on: its thread's first comment, when that was carried. */
    private Optional<Long> storedRoot(ReturnedDocument.Comment c) {
        ReturnedDocument.Comment at = c;
        Set<String> seen = new HashSet<>();
        while (at.parentId() != null && byId.containsKey(at.parentId()) && seen.add(at.id())) {
            at = byId.get(at.parentId());
        }
        if (at == c) {
            return Optional.empty();
        }
        ExportSnapshot.CarriedComment root = carried.get(at.id());
        return root == null ? Optional.empty() : Optional.of(root.itemId());
    }

    /** Whitespace aside: a line break written into a comment reads back as nothing between its runs. */
    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
