package org.nianbao.check;

/**
 * Where a finding is.
 *
 * @param section   the numbering path of the section, "一、（五）"; "" for the title, the preamble and
 *                  the closing (issuers and date); {@link #METRICS} for the metrics table
 * @param paragraph index into the section's paragraphs (for a run-in section, 0 is the body after the
 *                  heading); {@link #HEADING} for the heading itself (the title when section is "");
 *                  {@link #CLOSING} for the issuers and date; for {@link #METRICS}, the metric's index
 * @param start     char offset in the paragraph's stored text (the heading's or the title's text for
 *                  {@link #HEADING}), where a {{指标名}} reference counts as written: a figure
 *                  rendered from a reference spans the whole reference; 0 when the finding is about
 *                  the whole report, the closing or a metric
 * @param end       offset after the span
 */
public record Location(String section, int paragraph, int start, int end) {

    /** The paragraph index of a heading (or of the title, in section ""). */
    public static final int HEADING = -1;
    /** The paragraph index of the closing: issuers and date. */
    public static final int CLOSING = -2;
    /** The section name of findings about the metrics table. */
    public static final String METRICS = "指标";

    public Location {
        section = section == null ? "" : section;
    }
}
