package org.nianbao.layout;

/**
 * A heading where it prints, for the outline (bookmarks) of a PDF or OFD.
 *
 * @param level 1 to 4
 * @param text  the heading as printed, with its number
 * @param page  0-based page index
 * @param top   the top of its line on the page, in points
 */
public record HeadingMark(int level, String text, int page, double top) {
}
