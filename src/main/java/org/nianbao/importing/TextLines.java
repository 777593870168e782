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
        int number = 1; // the line an editor shows: \r\n, \n and a lone \r each end one
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start) {
                    String line = text.substring(start, i);
                    if (!line.isBlank()) {
                        lines.add(SourceLine.plain(line).at(number, false));
                    }
                }
                if (i < n && !(text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                    number++;
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
