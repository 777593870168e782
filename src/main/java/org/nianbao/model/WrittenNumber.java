package org.nianbao.model;

import java.util.Objects;

/**
 * The number a heading had in the file it was imported from ("（四）"), and where it stood. Numbers in
 * the report follow from position, so an import silently turns the source's （二）（四） into
 * （二）（三）; the officer's Word file still has the gap, and the check points at it there (decision
 * 0015). Kept until the officer edits the heading or moves the section: then the number in the file
 * no longer says anything about this section.
 *
 * @param marker the marker as the source wrote it, without spaces ("（四）", "3.")
 * @param line   1-based: the line of a text file, or the paragraph of a Word file
 * @param inWord true when {@code line} counts Word paragraphs rather than lines of a text file
 */
public record WrittenNumber(String marker, int line, boolean inWord) {

    public WrittenNumber {
        Objects.requireNonNull(marker, "marker");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line);
        }
    }
}
