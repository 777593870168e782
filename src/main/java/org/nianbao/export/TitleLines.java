package org.nianbao.export;

import java.util.List;

/**
 * The export's name for {@link org.nianbao.text.TitleLines}, which moved to {@code text} so that the
 * page layout breaks titles exactly as the Word export does.
 */
final class TitleLines {

    private TitleLines() {
    }

    static List<String> split(String title, int maxChars) {
        return org.nianbao.text.TitleLines.split(title, maxChars);
    }

    static int width(String s) {
        return org.nianbao.text.TitleLines.width(s);
    }
}
