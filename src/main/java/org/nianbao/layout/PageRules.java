package org.nianbao.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.nianbao.layout.TextLocation.Part;

/**
 * The rules of GB/T 9704 that depend on pages, read off laid-out pages: the date never alone on the
 * last page without body text, the end block (版记) on an even page, and a page count far from last
 * year's (for information: a report that halves or doubles is worth a second look).
 */
public final class PageRules {

    /** A page count this far (as a share of last year's) from last year's is mentioned. */
    static final double FAR = 0.3;

    /** What the pages break. */
    public enum Kind { DATE_ALONE, END_BLOCK_ON_ODD_PAGE, PAGE_COUNT_FAR_FROM_LAST_YEAR }

    /** One broken rule, on a page (0-based), in Chinese for the officer. */
    public record Issue(Kind kind, int page, String message) {
    }

    private PageRules() {
    }

    /** @param lastYearPages the page count of last year's report, when there is one */
    public static List<Issue> check(LaidOutReport pages, OptionalInt lastYearPages) {
        List<Issue> issues = new ArrayList<>();
        for (int p = 0; p < pages.pageCount(); p++) {
            List<PlacedLine> lines = pages.pages().get(p).textLines();
            boolean date = lines.stream().anyMatch(l -> has(l, Part.DATE));
            boolean body = lines.stream().anyMatch(l -> !l.runs().isEmpty() && !has(l, Part.DATE) && !has(l, Part.ISSUER));
            if (date && !body) {
                issues.add(new Issue(Kind.DATE_ALONE, p, "第 " + (p + 1) + " 页只有落款和成文日期，没有正文：请调整正文，使落款与正文同页"));
            }
            if (lines.stream().anyMatch(l -> has(l, Part.END_BLOCK)) && (p + 1) % 2 == 1) {
                issues.add(new Issue(Kind.END_BLOCK_ON_ODD_PAGE, p, "版记在第 " + (p + 1) + " 页（奇数页）：版记应在最后一页，且为偶数页"));
            }
        }
        if (lastYearPages.isPresent() && lastYearPages.getAsInt() > 0) {
            int last = lastYearPages.getAsInt();
            int now = pages.pageCount();
            if (Math.abs(now - last) > FAR * last) {
                issues.add(new Issue(Kind.PAGE_COUNT_FAR_FROM_LAST_YEAR, 0,
                        "本年报告 " + now + " 页，上年 " + last + " 页，篇幅变化较大"));
            }
        }
        return issues;
    }

    private static boolean has(PlacedLine line, Part part) {
        return line.runs().stream().anyMatch(r -> r.location().part() == part);
    }
}
