package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.model.ReviewStatus;
import org.nianbao.model.Section;
import org.junit.jupiter.api.Test;

/** Where a placed change lies in the section's stored heading and paragraphs: what the document view marks. */
class StoredSpansTest {

    static final long SECTION = 5;
    final Report report = Report.blank(2023, "示例区2023年法治政府建设年度报告").withSections(List.of(
            Section.of("加强组织领导", HeadingStyle.STANDALONE, List.of(Paragraph.of("召开会议4次。"),
                    Paragraph.of("培训干部860人次。")), List.of()).withId(SECTION)));
    /** 一、加强组织领导\n召开会议4次。\n培训干部860人次。 */
    final String printed = SectionRendering.of(report, SECTION).orElseThrow().text();
    final ExportSnapshot snapshot = new ExportSnapshot("e1", 1, Instant.EPOCH,
            List.of(new ExportSnapshot.SectionText(SECTION, printed)), List.of(), Map.of());

    private List<ReviewPlacer.StoredSpan> spans(ReviewKind kind, String old, int at, String replacement) {
        ReviewItem item = new ReviewItem(1L, 0, kind, SECTION, at, at + old.length(), old, replacement, "李审核", "",
                "", true, null, false, ReviewStatus.PENDING, null);
        ReviewPlacer placer = new ReviewPlacer(snapshot, report);
        Placement placed = placer.place(item);
        assertThat(placed.applicable() || placed.status() == Placement.Status.COMMENT).as(placed.reason()).isTrue();
        return new ReviewPlacer(null, report).storedSpans(placed);
    }

    @Test
    void aReplacementInAParagraphIsItsOldTextInThatParagraph() {
        int at = printed.indexOf("860");
        assertThat(spans(ReviewKind.REPLACEMENT, "860", at, "880"))
                .containsExactly(new ReviewPlacer.StoredSpan(2, 4, 7));
    }

    @Test
    void aCommentOnTheHeadingLiesOnTheHeadingWithoutItsNumber() {
        int at = printed.indexOf("组织领导");
        assertThat(spans(ReviewKind.COMMENT, "组织领导", at, "改为加强党的领导？"))
                .containsExactly(new ReviewPlacer.StoredSpan(0, 2, 6));
    }

    @Test
    void aDeletionAcrossAParagraphMarkCoversBothParagraphs() {
        int at = printed.indexOf("4次。");
        assertThat(spans(ReviewKind.DELETION, "4次。\n培训", at, ""))
                .containsExactly(new ReviewPlacer.StoredSpan(1, 4, 7), new ReviewPlacer.StoredSpan(2, 0, 2));
    }

    @Test
    void aDeletedParagraphMarkAloneIsThePointWhereTheParagraphsMeet() {
        int at = printed.indexOf("\n培训");
        assertThat(spans(ReviewKind.DELETION, "\n", at, ""))
                .containsExactly(new ReviewPlacer.StoredSpan(1, 7, 7));
    }

    @Test
    void anInsertionIsAPoint() {
        int at = printed.indexOf("干部");
        assertThat(spans(ReviewKind.INSERTION, "", at, "累计")).containsExactly(new ReviewPlacer.StoredSpan(2, 2, 2));
    }
}
