package org.nianbao.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of the outline. Its level (1 to 4) and its number (一、 （一） 1. （1）) follow from its
 * position in the tree and are never stored.
 *
 * @param heading    the heading text without number and without closing punctuation
 * @param paragraphs body paragraphs; for a run-in heading the first one continues the heading's line
 * @param written    the number the heading had in the imported file, or null (typed in the app, edited,
 *                   moved, or the file numbered it by a list format): only the check reads it
 */
public record Section(
        Long id,
        String heading,
        HeadingStyle style,
        SectionRole role,
        List<Paragraph> paragraphs,
        List<Section> children,
        WrittenNumber written) {

    public static final int MAX_LEVEL = 4;

    /** A section with no number from an imported file. */
    public Section(Long id, String heading, HeadingStyle style, SectionRole role, List<Paragraph> paragraphs,
                   List<Section> children) {
        this(id, heading, style, role, paragraphs, children, null);
    }

    public Section {
        Objects.requireNonNull(heading, "heading");
        style = style == null ? HeadingStyle.STANDALONE : style;
        role = role == null ? SectionRole.ORDINARY : role;
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    public static Section of(String heading, HeadingStyle style, List<Paragraph> paragraphs,
                             List<Section> children) {
        return new Section(null, heading, style, SectionRole.ORDINARY, paragraphs, children);
    }

    public Section withId(Long newId) {
        return new Section(newId, heading, style, role, paragraphs, children, written);
    }

    /** A changed heading forgets its number in the imported file: the officer has taken it in hand. */
    public Section withHeading(String newHeading) {
        return new Section(id, newHeading, style, role, paragraphs, children,
                newHeading.equals(heading) ? written : null);
    }

    public Section withWritten(WrittenNumber newWritten) {
        return new Section(id, heading, style, role, paragraphs, children, newWritten);
    }

    public Section withStyle(HeadingStyle newStyle) {
        return new Section(id, heading, newStyle, role, paragraphs, children, written);
    }

    public Section withRole(SectionRole newRole) {
        return new Section(id, heading, style, newRole, paragraphs, children, written);
    }

    public Section withParagraphs(List<Paragraph> newParagraphs) {
        return new Section(id, heading, style, role, newParagraphs, children, written);
    }

    public Section withChildren(List<Section> newChildren) {
        return new Section(id, heading, style, role, paragraphs, newChildren, written);
    }

    /** Number of sections in this subtree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(Section::size).sum();
    }
}
