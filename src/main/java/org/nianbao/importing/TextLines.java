package org.nianbao.importing;

import java.util.ArrayList;
import java.util.List;

/** A decoded text file as lines: each non-blank line is a paragraph. */
final class TextLines {

    private TextLines() {
    }

    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start) {
                    String line = text.substring(start, i);
                    if (!line.isBlank()) {
                        lines.add(SourceLine.plain(line));
                    }
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
