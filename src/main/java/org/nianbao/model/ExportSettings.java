package org.nianbao.model;

/**
 * How a report is exported: choices an office makes once and keeps with the report.
 *
 * @param templatePath  a Word template adapted to local rules, or null for the built-in one
 * @param sealed        sealed layout of issuer and date (加盖印章); unsealed by default
 * @param boldHeadings  bold level-2 and level-3 headings, a common local rule (the standard has none)
 * @param headerEnabled print the header block (版头)
 * @param endEnabled    print the end block (版记)
 */
public record ExportSettings(
        String templatePath,
        boolean sealed,
        ProblemLayout problemLayout,
        boolean boldHeadings,
        boolean headerEnabled,
        HeaderBlock header,
        boolean endEnabled,
        EndBlock end) {

    public ExportSettings {
        problemLayout = problemLayout == null ? ProblemLayout.INLINE : problemLayout;
        header = header == null ? HeaderBlock.none() : header;
        end = end == null ? EndBlock.none() : end;
    }

    public static ExportSettings defaults() {
        return new ExportSettings(null, false, ProblemLayout.INLINE, false, false, HeaderBlock.none(), false,
                EndBlock.none());
    }

    public ExportSettings withSealed(boolean value) {
        return new ExportSettings(templatePath, value, problemLayout, boldHeadings, headerEnabled, header,
                endEnabled, end);
    }

    public ExportSettings withTemplatePath(String value) {
        return new ExportSettings(value, sealed, problemLayout, boldHeadings, headerEnabled, header,
                endEnabled, end);
    }

    public ExportSettings withHeaderEnabled(boolean value) {
        return new ExportSettings(templatePath, sealed, problemLayout, boldHeadings, value, header,
                endEnabled, end);
    }

    public ExportSettings withHeader(HeaderBlock value) {
        return new ExportSettings(templatePath, sealed, problemLayout, boldHeadings, headerEnabled, value,
                endEnabled, end);
    }
}
