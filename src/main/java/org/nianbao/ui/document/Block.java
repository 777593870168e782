package org.nianbao.ui.document;

/**
 * What a paragraph of the document view is: the paragraph style of the document area. A heading or a
 * body paragraph names its section, so an edit knows where it is stored; the number of a heading is
 * its live numbering (一、（二）), shown beside the text and never part of it.
 *
 * @param section the section's id for a heading or a body paragraph, else null
 * @param level   1–4 for a heading, else 0
 */
public record Block(Kind kind, Long section, int level, String number) {

    /** The parts of a report in reading order. */
    public enum Kind {
        TITLE, PREAMBLE, HEADING, BODY, PROBLEM, ATTACHMENT_TITLE, ATTACHMENT_BODY, ISSUER, DATE;

        /** Typed here, an edit is stored; the others are edited in their tabs and the settings. */
        public boolean editable() {
            return this == TITLE || this == PREAMBLE || this == HEADING || this == BODY;
        }

        /**
         * Whether the first line starts two characters in (GB/T 9704): body text, not headings, the title
         * or the signature. The document view and the start-up's first paint both draw it.
         */
        public boolean indentsFirstLine() {
            return this == BODY || this == PREAMBLE || this == PROBLEM || this == ATTACHMENT_BODY;
        }
    }

    public static final Block NONE = new Block(Kind.BODY, null, 0, "");

    public static Block of(Kind kind) {
        return new Block(kind, null, 0, "");
    }

    public static Block heading(long section, int level, String number) {
        return new Block(Kind.HEADING, section, level, number);
    }

    public static Block body(long section) {
        return new Block(Kind.BODY, section, 0, "");
    }

    /**
     * True when two neighbouring paragraphs may be joined or split into one another by an edit: body
     * paragraphs of one section, or of the preamble. A heading never merges with its body.
     */
    public boolean joinsWith(Block other) {
        return kind == other.kind && (kind == Kind.BODY || kind == Kind.PREAMBLE)
                && java.util.Objects.equals(section, other.section);
    }

    /** The style classes of the paragraph: doc-heading-1, doc-body… */
    public String styleClass() {
        return kind == Kind.HEADING ? "doc-heading-" + level : "doc-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
