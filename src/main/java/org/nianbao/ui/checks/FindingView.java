package org.nianbao.ui.checks;

/**
 * A check finding as the window shows it: the UI's own copy, so the panes do not depend on the
 * check engine's classes.
 *
 * @param section   the numbering path "一、（五）"; "" for title, preamble and closing
 * @param paragraph index into the section's stored paragraphs; negative for heading or closing
 * @param start     offset in the paragraph's stored text
 */
public record FindingView(String rule, Level level, Status status, String section, int paragraph, int start,
                          int end, String text, String message) {

    public enum Level { ERROR, WARNING, INFO }

    public enum Status { OK, MISMATCH, UNVERIFIABLE, VIOLATION }

    /** True for a place in a section's body text that the editor can select. */
    public boolean inBody() {
        return !section.isEmpty() && paragraph >= 0 && end > start;
    }

    /** The editor's style class for the figure: verified, mismatch or unverifiable. */
    public String styleClass() {
        return switch (status) {
            case OK -> "figure-verified";
            case UNVERIFIABLE -> "figure-unverifiable";
            case MISMATCH, VIOLATION -> "figure-mismatch";
        };
    }
}
