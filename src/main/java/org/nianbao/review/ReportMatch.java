package org.nianbao.review;

/**
 * How a returned file without properties matches a report: its title found near the top, and how
 * many of the report's headings appear in it. The officer confirms the match.
 */
public record ReportMatch(long reportId, String title, boolean titleFound, int headingsFound, int headings) {

    /** 0 to 2: the title counts one, the share of headings found the other. */
    public double score() {
        return (titleFound ? 1 : 0) + (headings == 0 ? 0 : (double) headingsFound / headings);
    }

    /** Good enough to propose: the title, or most headings. */
    public boolean plausible() {
        return titleFound && headingsFound * 2 >= headings || headings > 0 && headingsFound * 4 >= headings * 3;
    }
}
