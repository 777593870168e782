package org.nianbao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The character differences between two versions of a section's text, as hunks, and the mapping of
 * positions from the old version to the new. Myers' algorithm after the common prefix and suffix are
 * set aside; when the middle differs in more than {@link #MAX_EDITS} places (a section retyped), it
 * is one hunk, which is what a reader sees anyway.
 */
final class TextDiff {

    static final int MAX_EDITS = 1500;

    /** Old text [oldStart, oldEnd) became new text [newStart, newEnd). */
    record Hunk(int oldStart, int oldEnd, int newStart, int newEnd) {
        boolean isInsertion() {
            return oldStart == oldEnd;
        }
    }

    private final List<Hunk> hunks;

    private TextDiff(List<Hunk> hunks) {
        this.hunks = hunks;
    }

    List<Hunk> hunks() {
        return hunks;
    }

    boolean isEmpty() {
        return hunks.isEmpty();
    }

    static TextDiff of(String a, String b) {
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int n = a.length() - prefix - suffix;
        int m = b.length() - prefix - suffix;
        List<Hunk> hunks = new ArrayList<>();
        if (n == 0 && m == 0) {
            return new TextDiff(hunks);
        }
        if (n == 0 || m == 0) {
            hunks.add(new Hunk(prefix, prefix + n, prefix, prefix + m));
            return new TextDiff(hunks);
        }
        List<int[]> path = myers(a, prefix, n, b, prefix, m);
        if (path == null) {
            hunks.add(new Hunk(prefix, prefix + n, prefix, prefix + m));
            return new TextDiff(hunks);
        }
        // path: matching characters (x, y) in order; gaps between them are hunks
        int x = 0;
        int y = 0;
        for (int[] match : path) {
            if (match[0] > x || match[1] > y) {
                hunks.add(new Hunk(prefix + x, prefix + match[0], prefix + y, prefix + match[1]));
            }
            x = match[0] + 1;
            y = match[1] + 1;
        }
        if (x < n || y < m) {
            hunks.add(new Hunk(prefix + x, prefix + n, prefix + y, prefix + m));
        }
        return new TextDiff(hunks);
    }

    /**
     * The matched characters of the middle parts, in order, as (x, y) pairs; null past MAX_EDITS.
     * Keeps each round's furthest-reaching paths to walk back from the end.
     */
    private static List<int[]> myers(String a, int ao, int n, String b, int bo, int m) {
        int maxD = Math.min(n + m, MAX_EDITS);
        int offset = maxD + 1;
        int[] v = new int[2 * maxD + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= maxD; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.charAt(ao + x) == b.charAt(bo + y)) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, offset, n, m, d, a, ao, b, bo);
                }
            }
        }
        return null;
    }

    private static List<int[]> backtrack(List<int[]> trace, int offset, int n, int m, int lastD,
                                         String a, int ao, String b, int bo) {
        List<int[]> matches = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = lastD; d > 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = v[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                matches.add(new int[] {x, y});
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            matches.add(new int[] {x, y});
        }
        java.util.Collections.reverse(matches);
        return matches;
    }

    /**
     * Where a range of the old text is in the new text, when no difference touches it: a difference
     * inside or overlapping it leaves it without a clean place (empty). Differences that only touch
     * its ends do not; an insertion at the very position of an empty range lands after it.
     */
    Optional<int[]> map(int start, int end) {
        int shift = 0;
        for (Hunk h : hunks) {
            boolean before = h.isInsertion()
                    ? h.oldStart() < start || h.oldStart() == start && start < end
                    : h.oldEnd() <= start;
            if (before) {
                shift += delta(h);
                continue;
            }
            if (h.oldStart() >= end) {
                break;
            }
            return Optional.empty();
        }
        return Optional.of(new int[] {start + shift, end + shift});
    }

    /** A position of the old text in the new one; inside a difference, the same distance into it. */
    int mapPosition(int position) {
        int shift = 0;
        for (Hunk h : hunks) {
            if (h.oldEnd() <= position) {
                shift += delta(h);
            } else if (h.oldStart() < position) {
                return h.newStart() + Math.min(position - h.oldStart(), h.newEnd() - h.newStart());
            } else {
                break;
            }
        }
        return position + shift;
    }

    /** Differences a character or two apart read as one edit ("二百零八" → "218"). */
    static List<Hunk> mergeNear(List<Hunk> hunks) {
        List<Hunk> out = new ArrayList<>();
        for (Hunk h : hunks) {
            if (!out.isEmpty()) {
                Hunk last = out.get(out.size() - 1);
                if (h.oldStart() - last.oldEnd() <= 1 && h.newStart() - last.newEnd() <= 1) {
                    out.set(out.size() - 1, new Hunk(last.oldStart(), h.oldEnd(), last.newStart(), h.newEnd()));
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }

    private static int delta(Hunk h) {
        return (h.newEnd() - h.newStart()) - (h.oldEnd() - h.oldStart());
    }
}
