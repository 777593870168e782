package org.nianbao.importing;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.model.WrittenNumber;
import org.nianbao.text.HeadingMarker;

/**
 * Builds the section tree from the body lines: every line is a heading (by Word's level, else by
 * its text marker) or a paragraph of the innermost open section. Lines before the first level-1
 * heading are the preamble.
 *
 * <p>A marker two levels deeper than the open section (a "1." straight under "一、") is kept as
 * paragraph text: the tree cannot skip a level, and renumbering it (1. → （一）) would change what
 * the officer wrote.
 */
final class OutlineBuilder {

    /** A section while it is being filled; turned into the immutable {@link Section} at the end. */
    static final class Node {
        final int level;
        final String heading;
        final HeadingStyle style;
        /** The number the file wrote, kept so the check can point at a gap the renumbering closed. */
        WrittenNumber written;
        SectionRole role = SectionRole.ORDINARY;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, String heading, HeadingStyle style) {
            this.level = level;
            this.heading = heading;
            this.style = style;
        }

        Section toSection() {
            List<Section> sections = new ArrayList<>(children.size());
            for (Node child : children) {
                sections.add(child.toSection());
            }
            return new Section(null, heading, style, role, paragraphs, sections, written);
        }
    }

    /** The preamble paragraphs and the level-1 parts. */
    record Outline(List<Paragraph> preamble, List<Node> parts) {
    }

    private static final String CLOSING_PUNCTUATION = "。；：，;:,";

    private OutlineBuilder() {
    }

    static Outline build(List<SourceLine> lines) {
        List<Paragraph> preamble = new ArrayList<>();
        List<Node> parts = new ArrayList<>();
        Node[] open = new Node[Section.MAX_LEVEL + 1];
        int depth = 0;
        for (SourceLine line : lines) {
            int level = headingLevel(line);
            if (level > 0 && level <= depth + 1) {
                Node node = heading(line, level);
                node.written = line.writtenNumber();
                if (level == 1) {
                    parts.add(node);
                } else {
                    open[level - 1].children.add(node);
                }
                open[level] = node;
                depth = level;
            } else if (depth == 0) {
                preamble.add(Paragraph.of(line.text()));
            } else {
                open[depth].paragraphs.add(Paragraph.of(line.text()));
            }
        }
        return new Outline(preamble, parts);
    }

    /** Whether any line opens a level-1 part; without one the text has no recognizable structure. */
    static boolean hasPart(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            if (headingLevel(line) == 1) {
                return true;
            }
        }
        return false;
    }

    private static int headingLevel(SourceLine line) {
        if (line.outlineLevel() > 0) {
            return line.outlineLevel();
        }
        return HeadingMarker.parse(line.text()).map(HeadingMarker::level).orElse(0);
    }

    /**
     * The heading sentence ends at the first 。; when text follows it the heading is run-in and the
     * rest is its first paragraph.
     */
    private static Node heading(SourceLine line, int level) {
        String text = HeadingMarker.stripMarker(line.text()).strip();
        int stop = text.indexOf('。');
        if (stop > 0 && stop < text.length() - 1) {
            Node node = new Node(level, text.substring(0, stop).strip(), HeadingStyle.RUN_IN);
            node.paragraphs.add(Paragraph.of(text.substring(stop + 1).strip()));
            return node;
        }
        return new Node(level, withoutClosingPunctuation(text), HeadingStyle.STANDALONE);
    }

    private static String withoutClosingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
