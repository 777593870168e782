package org.nianbao.ui.document;

import java.util.List;

/**
 * Where a stored paragraph starts in the editor's text. The editor shows one paragraph per line but
 * does not store blank lines, so the n-th stored paragraph is the n-th line that is not blank.
 */
public final class BodyOffsets {

    private BodyOffsets() {
    }

    /** The offset of a stored paragraph in the joined lines, or -1 when there is no such paragraph. */
    public static int start(List<String> lines, int paragraph) {
        int offset = 0;
        int seen = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                if (seen == paragraph) {
                    return offset;
                }
                seen++;
            }
            offset += line.length() + 1;
        }
        return -1;
    }
}
