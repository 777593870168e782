package org.nianbao.layout;

/**
 * Where printed text comes from in the report, so that a click on a page finds its text and a caret
 * finds its page.
 *
 * @param part      which element of the report
 * @param index     the element's position: the section in {@code Report.outline()} order, the
 *                  problem, the attachment or the issuer; 0 where there is only one
 * @param paragraph the paragraph within the element (0 for headings and one-line elements)
 * @param offset    the character within the printed paragraph (metric references resolved)
 */
public record TextLocation(Part part, int index, int paragraph, int offset) {

    /** The elements of a report that print. */
    public enum Part {
        TITLE, RECIPIENT, PREAMBLE, HEADING, SECTION_BODY, PROBLEM, ATTACHMENT_NOTE, ISSUER, DATE,
        ATTACHMENT_LABEL, ATTACHMENT_TITLE, ATTACHMENT_BODY, HEADER_BLOCK, END_BLOCK, PAGE_NUMBER
    }

    public static TextLocation of(Part part, int index, int paragraph) {
        return new TextLocation(part, index, paragraph, 0);
    }

    /** The same element and paragraph, {@code chars} further on. */
    public TextLocation plus(int chars) {
        return new TextLocation(part, index, paragraph, offset + chars);
    }

    /** Same element and paragraph, whatever the offset. */
    public boolean sameParagraph(TextLocation other) {
        return part == other.part && index == other.index && paragraph == other.paragraph;
    }
}
