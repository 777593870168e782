package org.nianbao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nianbao.layout.TextLocation.Part;

/** The page-dependent rules on pages made for the purpose. */
class PageDependentRulesTest {

    private static PlacedLine line(Part part, String text) {
        PlacedRun run = new PlacedRun(FontRole.BODY, 16, text, new double[text.length()], 15.75, 100, 0,
                TextLocation.of(part, 0, 0));
        return new PlacedLine(100, 28.95, List.of(run));
    }

    private static Page page(PlacedLine... lines) {
        return new Page(1, List.of(lines), List.of());
    }

    private static LaidOutReport pages(Page... pages) {
        return new LaidOutReport(List.of(pages), List.of(), List.of());
    }

    private static List<PageRules.Kind> kinds(LaidOutReport pages, OptionalInt lastYear) {
        return PageRules.check(pages, lastYear).stream().map(PageRules.Issue::kind).toList();
    }

    @Test
    void theDateAloneOnAPageIsFlaggedTheDateWithBodyTextIsNot() {
        Page body = page(line(Part.PREAMBLE, "正文"));
        Page alone = page(line(Part.ISSUER, "示例区人民政府"), line(Part.DATE, "2024年1月20日"));
        assertThat(kinds(pages(body, alone), OptionalInt.empty())).containsExactly(PageRules.Kind.DATE_ALONE);
        Page together = page(line(Part.SECTION_BODY, "正文"), line(Part.ISSUER, "示例区人民政府"), line(Part.DATE, "2024年1月20日"));
        assertThat(kinds(pages(body, together), OptionalInt.empty())).isEmpty();
    }

    @Test
    void theEndBlockOnAnOddPageIsFlagged() {
        Page body = page(line(Part.PREAMBLE, "正文"));
        Page end = page(line(Part.END_BLOCK, "抄送：示例市司法局。"));
        assertThat(kinds(pages(end), OptionalInt.empty())).containsExactly(PageRules.Kind.END_BLOCK_ON_ODD_PAGE);
        assertThat(kinds(pages(body, end), OptionalInt.empty())).isEmpty();
    }

    @Test
    void aPageCountFarFromLastYearsIsMentioned() {
        List<Page> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(page(line(Part.PREAMBLE, "正文")));
        }
        LaidOutReport report = new LaidOutReport(ten, List.of(), List.of());
        assertThat(kinds(report, OptionalInt.of(6))).containsExactly(PageRules.Kind.PAGE_COUNT_FAR_FROM_LAST_YEAR);
        assertThat(kinds(report, OptionalInt.of(9))).isEmpty();
        assertThat(kinds(report, OptionalInt.empty())).isEmpty();
    }

    @Test
    void theEnginesOwnPagesKeepTheRules() {
        PageLayout layout = new PageLayout(GlyphWidths.fixed());
        for (int lines : new int[] {17, 19, 20, 21, 40}) {
            LaidOutReport laidOut = layout.layOut(PageRulesTest.withBodyLines(lines));
            assertThat(PageRules.check(laidOut, OptionalInt.empty())).as(lines + " lines").isEmpty();
        }
    }
}
