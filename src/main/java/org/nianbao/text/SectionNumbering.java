package org.nianbao.text;

import java.util.List;

/**
 * The numbers of an official document's headings, derived from position: 一、 at level 1, （一） at
 * level 2, 1. at level 3, （1） at level 4.
 */
public final class SectionNumbering {

    private SectionNumbering() {
    }

    /** The number of the {@code position}-th (1-based) heading at a level. */
    public static String label(int level, int position) {
        return switch (level) {
            case 1 -> ChineseNumerals.toChinese(position) + "、";
            case 2 -> "（" + ChineseNumerals.toChinese(position) + "）";
            case 3 -> position + ".";
            case 4 -> "（" + position + "）";
            default -> throw new IllegalArgumentException("heading level out of range 1..4: " + level);
        };
    }

    /** The number of the last step of an outline path: [1, 5] → （五）. */
    public static String label(List<Integer> path) {
        return label(path.size(), path.get(path.size() - 1));
    }

    /** The full numbering path, as findings name a place: [1, 5] → 一、（五）. */
    public static String path(List<Integer> path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            sb.append(label(i + 1, path.get(i)));
        }
        return sb.toString();
    }

    /** The marker of the n-th item of an enumeration inside a paragraph: 一是, 二是… */
    public static String enumerationMarker(int position) {
        return ChineseNumerals.toChinese(position) + "是";
    }
}
