package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.compose.ReviewSession;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.review.Placement.Status;

/**
 * A tracked change across the paragraph break between two places (two sections, the title and the
 * recipient, the preamble and the first section), returned files made way (1) (Word's markup, see
 * {@link WordReturn}): one change kept on the first place, naming the next, for the officer by hand;
 * never applied in part. Whole paragraphs deleted at a section's end are no crossing.
 */
class CrossingChangesReviewTest extends ReviewRoundTest {

    private Report now() {
        return round.store().load(report.id());
    }

    /** The export as a reviewer changed it in Word, read into the report's pending changes. */
    private ReviewImport returned(java.util.function.UnaryOperator<WordReturn> edits) throws Exception {
        return session.importFile(edits.apply(WordReturn.of(round.export())).write(dir.resolve("返回.docx")), null);
    }

    private long sectionId(int outlineIndex) {
        return report.outline().get(outlineIndex).section().id();
    }

    private void assertNothingApplied() {
        assertThat(session.acceptAll(report.id(), null)).isZero();
        assertThat(now().outline()).isEqualTo(report.outline());
        assertThat(now().title()).isEqualTo(report.title());
        assertThat(now().recipient()).isEqualTo(report.recipient());
    }

    @Test
    void aDeletionFromTheEndOfOneSectionIntoTheNextHeadingIsOneChangeForTheOfficer() throws Exception {
        ReviewImport imported = returned(word -> word.deleteAcross("参训干部860人次。", "（二）化解", "李审核"));

        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ReviewKind.DELETION);
            assertThat(c.oldText()).isEqualTo("参训干部860人次。\n（二）化解");
            assertThat(c.sectionId()).as("kept on the section where it starts").isEqualTo(sectionId(1));
            assertThat(c.crossesInto()).isEqualTo("（二）化解行政争议");
            assertThat(c.author()).isEqualTo("李审核");
        });
        ReviewSession.Pending pending = session.pending(report.id()).get(0);
        assertThat(pending.placement().status()).isEqualTo(Status.OUTSIDE);
        assertThat(pending.placement().reason()).contains("（二）化解行政争议").contains("手工");
        assertThat(session.accept(report.id(), pending.item().id())).as("never applied in part").isEmpty();
        assertNothingApplied();
    }

    @Test
    void aDeletedParagraphMarkBetweenTwoSectionsIsOneChangeForTheOfficer() throws Exception {
        ReviewImport imported = returned(word -> word.deleteParagraphMark("参训干部860人次。", "王法制"));

        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.oldText()).isEqualTo("\n");
            assertThat(c.sectionId()).isEqualTo(sectionId(1));
            assertThat(c.crossesInto()).isEqualTo("（二）化解行政争议");
        });
        assertThat(session.pending(report.id())).singleElement()
                .satisfies(p -> assertThat(p.placement().status()).isEqualTo(Status.OUTSIDE));
        assertNothingApplied();
    }

    @Test
    void aDeletionFromTheTitleIntoTheRecipientIsOneChangeForTheOfficer() throws Exception {
        ReviewImport imported = returned(word -> word.deleteAcross("年度报告", "示例市", "李审核"));

        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.oldText()).as("the blank line after the title with it").isEqualTo("年度报告\n\n示例市");
            assertThat(c.field()).as("shown under the title").isEqualTo(ReportField.TITLE);
            assertThat(c.crossesInto()).isEqualTo("主送机关");
        });
        assertThat(session.pending(report.id()).get(0).placement().reason()).contains("主送机关");
        assertNothingApplied();
    }

    @Test
    void aDeletionFromThePreambleIntoTheFirstSectionIsOneChangeForTheOfficer() throws Exception {
        ReviewImport imported = returned(word -> word.deleteAcross("报告如下：", "一、", "李审核"));
        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ReportField.PREAMBLE);
            assertThat(c.crossesInto()).startsWith("一、2023年推进法治政府建设");
        });
        assertNothingApplied();
    }

    @Test
    void aWholeLastParagraphDeletedWithItsMarkIsADeletionWithinItsSection() throws Exception {
        ReviewImport imported = returned(word -> word.deleteParagraph("全区开展法治培训12场，参训干部860人次。", "李审核"));

        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.crossesInto()).isNull();
            assertThat(c.sectionId()).isEqualTo(sectionId(1));
            assertThat(c.oldText()).isEqualTo("\n全区开展法治培训12场，参训干部860人次。");
        });
        assertThat(session.acceptAll(report.id(), null)).isEqualTo(1);
        assertThat(now().outline().get(1).section().paragraphs()).extracting(Paragraph::text)
                .containsExactly("区政府常务会议专题研究法治政府建设工作4次。");
        assertThat(now().outline().get(2).section().heading()).as("the next section untouched").isEqualTo("化解行政争议");
    }

    @Test
    void anotherReviewersChangeNextToTheBreakStaysItsOwn() throws Exception {
        ReviewImport imported = returned(word -> word.deleteParagraphMark("参训干部860人次。", "王法制")
                .replace("化解行政争议", "依法化解行政争议", "李审核"));
        List<ReviewItem> items = imported.items();
        assertThat(items).extracting(ReviewItem::author).containsExactly("王法制", "李审核");
        assertThat(items.get(0).crossesInto()).isNotNull();
        assertThat(items.get(1).crossesInto()).isNull();
        assertThat(session.acceptAll(report.id(), null)).as("李审核's own change applies").isEqualTo(1);
        assertThat(now().outline().get(2).section().heading()).isEqualTo("依法化解行政争议");
    }

    @Test
    void aWholeSectionDeletedWithItsHeadingIsForTheOutlineNotApplied() throws Exception {
        ReviewImport imported = returned(word -> word.deleteParagraph("（二）化解行政争议", "李审核")
                .deleteParagraph("全年受理行政复议案件208件，审结185件，审结率88.9%。", "李审核")
                .deleteParagraph("行政应诉工作持续加强。", "李审核")
                .deleteParagraph("行政机关负责人出庭应诉56次。", "李审核"));
        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.sectionId()).isEqualTo(sectionId(2));
            assertThat(c.start()).isZero();
            assertThat(c.crossesInto()).isEqualTo("二、存在的不足和原因");
        });
        assertThat(session.pending(report.id()).get(0).placement().reason()).contains("整个章节").contains("大纲");
        assertNothingApplied();
    }

    @Test
    void aDeletionThroughAWholeSectionIntoTheOneAfterIsStillOneChange() throws Exception {
        ReviewImport imported = returned(word -> word.deleteAcross("参训干部860人次。", "（二）化解行政争议", "李审核")
                .deleteParagraphMark("（二）化解行政争议", "李审核")
                .deleteParagraph("全年受理行政复议案件208件，审结185件，审结率88.9%。", "李审核")
                .deleteParagraph("行政应诉工作持续加强。", "李审核")
                .deleteParagraph("行政机关负责人出庭应诉56次。", "李审核"));
        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.sectionId()).isEqualTo(sectionId(1));
            assertThat(c.crossesInto()).as("where it ends").isEqualTo("二、存在的不足和原因");
            assertThat(c.oldText()).startsWith("参训干部860人次。\n（二）化解行政争议\n").endsWith("出庭应诉56次。\n");
        });
        assertNothingApplied();
    }
}
