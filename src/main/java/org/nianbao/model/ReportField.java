package org.nianbao.model;

/**
 * The report's own fields that print outside the sections, where a reviewer's change can be placed
 * (issue 12): each has a printed text, lines joined by a line feed, that the export snapshot records.
 */
public enum ReportField {
    /** 标题 */
    TITLE,
    /** 主送机关: printed with its colon */
    RECIPIENT,
    /** the opening paragraphs before the first part, one a line */
    PREAMBLE,
    /** 发文机关署名: one line per issuer, lead issuer first */
    ISSUERS,
    /** 成文日期 */
    DATE
}
