package org.nianbao.model;

/**
 * How a report is exported: choices an office makes once and keeps with the report.
 *
 * @param templatePath  a Word template adapted to local rules, or null for the built-in one
 * @param sealed        sealed layout of issuer and date (加盖印章); unsealed by default
 * @param boldHeadings  bold level-2 and level-3 headings, a common local rule (the standard has none)
 * @param headerEnabled print the header block (版头)
 * @param endEnabled    print the end block (版记)
 * @param fontScheme    字体方案: GB2312 faces, Windows' stock faces, or the template's own
 */
public record ExportSettings(
        String templatePath,
        boolean sealed,
        ProblemLayout problemLayout,
        boolean boldHeadings,
        boolean headerEnabled,
        HeaderBlock header,
        boolean endEnabled,
        EndBlock end,
        FontScheme fontScheme) {

    public ExportSettings {
        problemLayout = problemLayout == null ? ProblemLayout.INLINE : problemLayout;
        header = header == null ? HeaderBlock.none() : header;
        end = end == null ? EndBlock.none() : end;
        fontScheme = fontScheme == null ? FontScheme.GB2312 : fontScheme;
    }

    /** Settings with the default font scheme (GB2312 faces). */
    public ExportSettings(String templatePath, boolean sealed, ProblemLayout problemLayout, boolean boldHeadings,
                          boolean headerEnabled, HeaderBlock header, boolean endEnabled, EndBlock end) {
        this(templatePath, sealed, problemLayout, boldHeadings, headerEnabled, header, endEnabled, end, null);
    }

    public static ExportSettings defaults() {
        return new ExportSettings(null, false, ProblemLayout.INLINE, false, false, HeaderBlock.none(), false,
                EndBlock.none());
    }

    public ExportSettings withSealed(boolean value) {
        return new ExportSettings(templatePath, value, problemLayout, boldHeadings, headerEnabled, header,
                endEnabled, end, fontScheme);
    }

    public ExportSettings withTemplatePath(String value) {
        return new ExportSettings(value, sealed, problemLayout, boldHeadings, headerEnabled, header,
                endEnabled, end, fontScheme);
    }

    public ExportSettings withHeaderEnabled(boolean value) {
        return new ExportSettings(templatePath, sealed, problemLayout, boldHeadings, value, header,
                endEnabled, end, fontScheme);
    }

    public ExportSettings withFontScheme(FontScheme value) {
        return new ExportSettings(templatePath, sealed, problemLayout, boldHeadings, headerEnabled, header,
                endEnabled, end, value);
    }

    public ExportSettings withHeader(HeaderBlock value) {
        return new ExportSettings(templatePath, sealed, problemLayout, boldHeadings, headerEnabled, value,
                endEnabled, end);
    }
}
