package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.compose.ExportForReview;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.review.Placement.Status;

/**
 * Comments (批注) anchored on the title, the issuers and the date, returned files made way (1)
 * (Word's markup, {@link WordReturn}): placed on that field, answered and resolved like a section's
 * comment, carried back on that field by the next export and recognised when that file returns.
 */
class FieldCommentsReviewTest extends ReviewRoundTest {

    /** 李审核 comments on the title (王法制 replies) and on the date; 王法制 on the issuers. */
    private ReviewImport firstRound() throws Exception {
        WordReturn word = WordReturn.of(round.export());
        int title = word.comment("年度报告", "标题是否改为“工作报告”？", "李审核", "LSH");
        word.reply(title, "按惯例用“年度报告”", "王法制", "WFZ");
        word.comment("2024年1月20日", "成文日期以签发日为准", "李审核", "LSH");
        word.comment("示例区人民政府", "署名是否加盖印章", "王法制", "WFZ");
        return session.importFile(word.write(dir.resolve("一审.docx")), null);
    }

    @Test
    void commentsOnTheTitleTheIssuersAndTheDateArePlacedOnThoseFields() throws Exception {
        List<ReviewItem> items = firstRound().items();
        assertThat(items).extracting(ReviewItem::field).containsExactly(
                ReportField.TITLE, ReportField.TITLE, ReportField.ISSUERS, ReportField.DATE);
        assertThat(items.get(0).oldText()).isEqualTo("年度报告");
        assertThat(ReviewFixtures.TITLE.substring(items.get(0).start(), items.get(0).end())).isEqualTo("年度报告");
        assertThat(items.get(1).isReply()).isTrue();
        assertThat(items.get(1).parentPosition()).isEqualTo(items.get(0).position());
        assertThat(items.get(3).oldText()).isEqualTo("2024年1月20日");
        assertThat(items).allMatch(i -> i.sectionId() == null);
        assertThat(session.pending(report.id())).as("none left unplaced")
                .extracting(p -> p.placement().status()).containsOnly(Status.COMMENT);
    }

    @Test
    void aFieldCommentIsAnsweredAndResolvedAndStaysOnItsField() throws Exception {
        ReviewImport imported = firstRound();
        ReviewItem date = imported.items().get(3);
        round.store().reviews().addReply(imported.id(), new ReviewItem(null, 0, date.kind(), null, date.start(), date.end(),
                date.oldText(), "已按签发日填写", "办公室", "", "2024-02-05T10:00:00Z", true, date.position(), false, null,
                date.field()));
        round.store().reviews().setDone(date.id(), true);

        List<ReviewItem> now = round.store().reviews().imports(report.id()).get(0).items();
        assertThat(now.get(3).done()).isTrue();
        assertThat(now.get(now.size() - 1)).satisfies(reply -> {
            assertThat(reply.isReply()).isTrue();
            assertThat(reply.field()).isEqualTo(ReportField.DATE);
        });
        assertThat(session.pending(report.id())).filteredOn(p -> p.item().field() == ReportField.DATE)
                .extracting(p -> p.placement().status()).containsOnly(Status.COMMENT);
    }

    @Test
    void theNextExportCarriesThemBackOnTheirFieldsAndTheirRepliesComeBackToThem() throws Exception {
        firstRound();
        Path second = dir.resolve("第二稿.docx");
        ExportSnapshot snapshot = new ExportForReview(round.store()).export(round.store().load(report.id()), second);
        assertThat(snapshot.carried()).extracting(ExportSnapshot.CarriedComment::author)
                .containsExactly("李审核", "王法制", "王法制", "李审核");
        // kept for looking at (rendered with ../shared/tools/docx-pages)
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(second, Path.of("target", "screenshots", "review-field-comments-back.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReturnedDocument back = DocumentReader.read(ReturnedPackage.read(Files.readAllBytes(second), second), second);
        assertThat(back.comments()).extracting(c -> back.paragraphs().get(c.startParagraph()).original())
                .as("each on its own field's paragraph")
                .containsExactly(ReviewFixtures.TITLE, ReviewFixtures.TITLE, "示例区人民政府", "2024年1月20日");
        assertThat(back.comments().get(1).parentId()).isEqualTo(back.comments().get(0).id());

        WordReturn word = WordReturn.of(second);
        word.reply(0, "同意保留", "李审核", "LSH");
        word.markDone(0);
        ReviewImport later = session.importFile(word.write(dir.resolve("二审.docx")), null);

        assertThat(later.items()).as("the carried comments are the stored ones").isEmpty();
        List<ReviewItem> thread = round.store().reviews().imports(report.id()).get(0).items().stream()
                .filter(i -> i.field() == ReportField.TITLE).toList();
        assertThat(thread).extracting(ReviewItem::newText)
                .containsExactly("标题是否改为“工作报告”？", "按惯例用“年度报告”", "同意保留");
        assertThat(thread.get(0).done()).isTrue();
    }

    @Test
    void aCommentOnATitleTypedOverIsStillOnTheTitle() throws Exception {
        WordReturn word = WordReturn.of(round.export()).replaceUntracked("法治政府建设", "法治政府建设工作");
        word.comment("年度报告", "请核对标题", "李审核", "LSH");
        ReviewImport imported = session.importFile(word.write(dir.resolve("一审.docx")), null);
        assertThat(imported.items()).filteredOn(i -> i.kind().isComment()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ReportField.TITLE);
            assertThat(c.oldText()).as("the words as exported").isEqualTo("年度报告");
        });
    }

    @Test
    void aSecondReviewersCopyOfTheSameExportDoesNotRepeatATitleComment() throws Exception {
        firstRound();
        WordReturn passedOn = WordReturn.of(round.export());
        int title = passedOn.comment("年度报告", "标题是否改为“工作报告”？", "李审核", "LSH");
        passedOn.reply(title, "按惯例用“年度报告”", "王法制", "WFZ");
        passedOn.reply(title, "同意", "赵科长", "ZKZ");
        ReviewImport later = session.importFile(passedOn.write(dir.resolve("赵.docx")), null);

        assertThat(later.items()).filteredOn(i -> !i.isReply()).as("the comment, kept for its new reply, on the title")
                .singleElement().satisfies(c -> assertThat(c.field()).isEqualTo(ReportField.TITLE));
        assertThat(later.items()).filteredOn(ReviewItem::isReply).extracting(ReviewItem::newText).containsExactly("同意");
    }
}
