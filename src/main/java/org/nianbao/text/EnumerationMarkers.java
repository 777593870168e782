package org.nianbao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 一是……二是……三是…… enumeration inside a paragraph. A marker counts only at the start of the
 * text or right after punctuation, so words such as 统一是 in running prose are not taken for one.
 */
public final class EnumerationMarkers {

    /** One marker: {@code number} is what it says (四是 → 4), [start, end) where it stands. */
    public record Marker(int number, int start, int end) {
    }

    /** An item: its number and its text without marker and without the closing ；/。. */
    public record Item(int number, String text) {
    }

    /** A paragraph split at its markers: the lead text before the first one, then the items. */
    public record Enumeration(String lead, List<Item> items) {
        public Enumeration {
            items = List.copyOf(items);
        }
    }

    private static final Pattern MARKER = Pattern.compile("([一二三四五六七八九十]{1,3})是");
    private static final String OPENING_PUNCTUATION = "：；。，:;,.！？!?\n";

    private EnumerationMarkers() {
    }

    /** Every marker in order, with the number it states (gaps and repeats are kept as written). */
    public static List<Marker> find(String text) {
        List<Marker> markers = new ArrayList<>();
        if (text == null || text.indexOf('是') < 0) {
            return markers;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int start = m.start();
            // the numeral run may begin inside a longer word (…统一是…): take only a run after punctuation
            if (start > 0 && OPENING_PUNCTUATION.indexOf(precedingNonSpace(text, start)) < 0) {
                continue;
            }
            int number = ChineseNumerals.toInt(m.group(1));
            if (number > 0) {
                markers.add(new Marker(number, start, m.end()));
            }
        }
        return markers;
    }

    /**
     * The paragraph split at its markers. It has items when its enumeration starts (一是) in it, or
     * when the paragraph opens with a marker (二是 continuing a list from the paragraph before).
     */
    public static Enumeration split(String text) {
        List<Marker> markers = find(text);
        if (markers.isEmpty() || (markers.get(0).number() != 1 && markers.get(0).start() != 0)) {
            return new Enumeration(text, List.of());
        }
        List<Item> items = new ArrayList<>(markers.size());
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            items.add(new Item(marker.number(), trimClosing(text.substring(marker.end(), end))));
        }
        return new Enumeration(text.substring(0, markers.get(0).start()).strip(), items);
    }

    private static char precedingNonSpace(String text, int at) {
        int i = at - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return text.charAt(i);
    }

    private static String trimClosing(String item) {
        String s = item.strip();
        int end = s.length();
        while (end > 0 && "；。;，,".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
