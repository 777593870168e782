package org.nianbao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nianbao.export.ExportFixtures;
import org.nianbao.format.GongwenPage;
import org.nianbao.model.Attachment;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;

/** The page rules of GB/T 9704 the layout keeps. */
class PageRulesTest {

    private static final double PT = 1 / 20.0;
    private final PageLayout layout = new PageLayout(GlyphWidths.fixed());

    /** Title, blank line, then a preamble of {@code lines} full lines. */
    static Report withBodyLines(int lines) {
        String text = ExportFixtures.plainText(26 + 28 * (lines - 1), 1).replace("。", "法");
        return Report.blank(2023, "示例区2023年法治政府建设年度报告")
                .withPreamble(List.of(Paragraph.of(text)))
                .withIssuers(List.of("示例区人民政府"))
                .withDate(LocalDate.of(2024, 1, 20));
    }

    @Test
    void aLongIssuerMarkStaysOnOneLineAndAnEmptyNumberLeavesNoLine() {
        String mark = "中共河源市源城区委员会文件";
        Report report = withBodyLines(3);
        report = report.withSettings(report.settings().withHeaderEnabled(true)
                .withHeader(new org.nianbao.model.HeaderBlock(mark, "", "", false)));
        List<PlacedLine> lines = layout.layOut(report).pages().get(0).lines();
        List<PlacedLine> red = lines.stream().filter(l -> l.text().contains("中共")).toList();
        assertThat(red).hasSize(1);
        assertThat(red.get(0).text()).isEqualTo(mark);
        PlacedRun run = red.get(0).runs().get(0);
        assertThat(run.size()).isLessThan(GongwenPage.SIZE_ISSUER_MARK / 2.0);
        assertThat(run.left()).isGreaterThanOrEqualTo(GongwenPage.MARGIN_LEFT * PT - 1e-6);
        assertThat(run.right()).isLessThanOrEqualTo((GongwenPage.MARGIN_LEFT + GongwenPage.TEXT_WIDTH) * PT + 1e-6);
        // the short mark of a district government keeps its full size
        assertThat(ReportBlocks.issuerMarkSize("示例区人民政府文件")).isEqualTo(GongwenPage.SIZE_ISSUER_MARK / 2.0);
        // no document number: no blank line of its own between the mark and the red rule
        assertThat(lines.stream().filter(l -> l.runs().stream()
                .anyMatch(r -> r.location().index() == 1 && r.location().part() == TextLocation.Part.HEADER_BLOCK))).isEmpty();
    }

    @Test
    void aPageHolds22LinesOnTheGrid() {
        LaidOutReport pages = layout.layOut(withBodyLines(60));
        Page second = pages.pages().get(1);
        List<PlacedLine> lines = second.textLines();
        assertThat(lines).hasSize(GongwenPage.LINES_PER_PAGE);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).top() - lines.get(i - 1).top()).isCloseTo(GongwenPage.LINE_PITCH * PT, Offset.offset(1e-6));
        }
        assertThat(lines.get(0).top()).isCloseTo(GongwenPage.MARGIN_TOP * PT, Offset.offset(1e-6));
        assertThat(lines.get(5).text()).hasSize(28);
    }

    @Test
    void theIssuersAndDateNeverStandAloneOnAPage() {
        // 2 lines of title and blank, 20 of body: page 1 is full and the closing block would be alone
        LaidOutReport pages = layout.layOut(withBodyLines(20));
        assertThat(pages.pageCount()).isEqualTo(2);
        List<PlacedLine> last = pages.pages().get(1).textLines();
        assertThat(last.get(0).runs().get(0).location().part()).isEqualTo(TextLocation.Part.PREAMBLE);
        assertThat(last).extracting(PlacedLine::text).endsWith("示例区人民政府", "2024年1月20日");
        assertThat(pages.pages().get(0).textLines()).hasSize(22 - PageLayout.LINES_PULLED_WITH_SIGNATURE);
    }

    @Test
    void theClosingBlockStaysOnThePageWhenItFits() {
        // title, blank line, 17 body lines, blank line, issuer, date: 22 lines
        LaidOutReport pages = layout.layOut(withBodyLines(17));
        assertThat(pages.pageCount()).isEqualTo(1);
        assertThat(pages.pages().get(0).textLines()).hasSize(22).extracting(PlacedLine::text)
                .endsWith("", "示例区人民政府", "2024年1月20日");
    }

    @Test
    void pageNumbersAreOddRightEvenLeftOneCharacterIn() {
        LaidOutReport pages = layout.layOut(withBodyLines(60));
        double inset = GongwenPage.PAGE_NUMBER_INSET * PT;
        double left = GongwenPage.MARGIN_LEFT * PT;
        double right = (GongwenPage.MARGIN_LEFT + GongwenPage.TEXT_WIDTH) * PT;
        for (Page page : pages.pages()) {
            PlacedLine number = page.lines().get(page.lines().size() - 1);
            assertThat(number.text()).isEqualTo("— " + page.printedNumber() + " —");
            PlacedRun run = number.runs().get(0);
            if (page.printedNumber() % 2 == 1) {
                assertThat(right - run.right()).isCloseTo(inset, Offset.offset(0.01));
            } else {
                assertThat(run.left() - left).isCloseTo(inset, Offset.offset(0.01));
            }
            double bottom = (GongwenPage.MARGIN_TOP + GongwenPage.TEXT_HEIGHT) * PT;
            double middle = number.top() + number.height() / 2;
            assertThat((middle - bottom) / (72 / 25.4)).isCloseTo(7, Offset.offset(0.1));
        }
    }

    @Test
    void theEndBlockIsOnTheLastPageWhichIsEvenWithABlankUnnumberedPageWhenNeeded() {
        boolean[] seen = new boolean[2];
        for (int lines : new int[] {5, 15, 25, 35, 45}) {
            Report report = ExportFixtures.withEverything(withBodyLines(lines)).withAttachments(List.of());
            LaidOutReport pages = layout.layOut(report);
            Report noEnd = report.withSettings(new org.nianbao.model.ExportSettings(null, false,
                    null, false, true, report.settings().header(), false, null));
            int body = layout.layOut(noEnd).pageCount();
            seen[body % 2] = true;
            assertThat(pages.pageCount()).as("pages after %d body pages", body).isEqualTo(body % 2 == 1 ? body + 1 : body + 2);
            Page end = pages.pages().get(pages.pageCount() - 1);
            assertThat(end.printedNumber()).isZero();
            assertThat(end.text()).contains("抄送：示例市司法局，示例区人大常委会办公室。", "2021年2月1日印发");
            assertThat(end.rules()).hasSize(3);
            double bottom = (GongwenPage.MARGIN_TOP + GongwenPage.TEXT_HEIGHT) * PT;
            assertThat(end.rules().get(2).y()).isCloseTo(bottom, Offset.offset(0.01));
            if (body % 2 == 0) {
                Page blank = pages.pages().get(body);
                assertThat(blank.lines()).isEmpty();
                assertThat(blank.printedNumber()).isZero();
            }
        }
        assertThat(seen).containsExactly(true, true);
    }

    @Test
    void eachAttachmentStartsOnANewPageWithItsLabelAndItsTitleOnTheThirdLine() {
        Report report = withBodyLines(3).withAttachments(List.of(
                new Attachment(null, "示例区行政执法统计表", List.of(Paragraph.of("统计表内容。"))),
                new Attachment(null, "示例区行政复议案件情况", List.of())));
        LaidOutReport pages = layout.layOut(report);
        assertThat(pages.pageCount()).isEqualTo(3);
        List<PlacedLine> first = pages.pages().get(1).textLines();
        assertThat(first.get(0).text()).isEqualTo("附件1");
        assertThat(first.get(0).runs().get(0).font()).isEqualTo(FontRole.HEADING_1);
        assertThat(first.get(2).text()).isEqualTo("示例区行政执法统计表");
        assertThat(pages.pages().get(2).textLines().get(0).text()).isEqualTo("附件2");
        assertThat(pages.pages().get(2).printedNumber()).isEqualTo(3);
        assertThat(pages.pages().get(0).text()).contains("附件：1.示例区行政执法统计表", "2.示例区行政复议案件情况");
    }

    @Test
    void theHeaderBlockPutsTheRedMarkOnTheFirstPage35MillimetresDown() {
        LaidOutReport pages = layout.layOut(ExportFixtures.withEverything(ExportFixtures.small()));
        PlacedLine mark = pages.pages().get(0).lines().get(0);
        assertThat(mark.text()).isEqualTo("示例区人民政府文件");
        assertThat(mark.runs().get(0).color()).isEqualTo(0xFF0000);
        assertThat(mark.top() - GongwenPage.MARGIN_TOP * PT).isCloseTo(35 * 72 / 25.4, Offset.offset(0.1));
        assertThat(pages.pages().get(0).text()).contains("示政〔2021〕3号", "签发人：张三");
        assertThat(pages.pages().get(0).rules()).singleElement().extracting(Rule::color).isEqualTo(0xFF0000);
    }

    @Test
    void headingsAreMarkedForTheOutlineAndTheirFontsFollowTheLevel() {
        LaidOutReport pages = layout.layOut(ExportFixtures.small());
        assertThat(pages.headings()).extracting(HeadingMark::level).containsExactly(1, 2, 2, 3, 4, 1, 1);
        assertThat(pages.headings().get(0).text()).isEqualTo("一、主要举措和成效");
        assertThat(pages.headings().get(1).text()).isEqualTo("（一）提高政治站位，落实法治责任。");
        String text = (pages.pages().get(0).text() + pages.pages().get(1).text()).replace("\n", "");
        assertThat(text).contains("一是法治宣传的针对性不强；二是执法人员素质有待提高。");
    }
}
