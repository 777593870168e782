package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.ExportForReview;
import org.nianbao.compose.ReviewSession;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.review.Placement.Status;
import org.nianbao.store.ReportStore;

/**
 * Reviewers' changes to the title, the issuers (落款) and the date, returned files made way (1)
 * (Word's markup, {@link WordReturn}): placed on those fields, accepted as one transaction and
 * undone as one step, a conflict when the officer changed the field since the export.
 */
class ReportFieldsReviewTest {

    @TempDir
    Path dir;
    private ReportStore store;
    private Report report;
    private Path export;
    private ReviewSession session;

    @BeforeEach
    void exportTheReport() {
        store = ReportStore.open(ReviewFixtures.database(dir));
        report = store.insert(ReviewFixtures.report().withIssuers(List.of("示例区人民政府", "示例区司法局")));
        export = dir.resolve("送审稿.docx");
        ExportSnapshot snapshot = new ExportForReview(store).export(report, export);
        assertThat(store.reviews().snapshot(snapshot.exportId()).orElseThrow().fields()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(ReportField.TITLE, ReviewFixtures.TITLE, ReportField.RECIPIENT, "示例市人民政府：",
                        ReportField.PREAMBLE, "2023年，示例区坚持依法行政。现将有关情况报告如下：",
                        ReportField.ISSUERS, "示例区人民政府\n示例区司法局", ReportField.DATE, "2024年1月20日"));
        session = new ReviewSession(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Report now() {
        return store.load(report.id());
    }

    private ReviewSession.Pending only(ReviewImport imported) {
        List<ReviewSession.Pending> pending = session.pending(report.id());
        assertThat(pending).hasSize(imported.items().size());
        return pending.get(0);
    }

    @Test
    void aChangeToTheTitleIsPlacedOnItAndAcceptedAndUndoneAsOneStep() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export).replace("年度报告", "情况报告", "李审核")
                .write(dir.resolve("返回.docx")), null);
        ReviewItem change = imported.items().get(0);
        assertThat(change.field()).isEqualTo(ReportField.TITLE);
        assertThat(change.kind()).isEqualTo(ReviewKind.REPLACEMENT);
        assertThat(change.sectionId()).isNull();
        assertThat(ReviewFixtures.TITLE.substring(change.start(), change.end())).isEqualTo("年度报告");
        ReviewSession.Pending pending = only(imported);
        assertThat(pending.placement().status()).isEqualTo(Status.APPLICABLE);
        assertThat(now().title()).as("nothing written before accepting").isEqualTo(ReviewFixtures.TITLE);

        ReviewSession.Accepted accepted = session.accept(report.id(), change.id()).orElseThrow();
        assertThat(now().title()).isEqualTo("示例区2023年法治政府建设情况报告");
        assertThat(session.pending(report.id())).isEmpty();

        session.undo(accepted);
        assertThat(now().title()).isEqualTo(ReviewFixtures.TITLE);
        assertThat(session.pending(report.id())).hasSize(1);
    }

    @Test
    void aTitlePrintedInTwoLinesIsOneFieldItsLineBreakIsNotText() throws Exception {
        String title = "示例区人民政府关于2023年法治政府建设情况和2024年工作安排的报告";
        Report longer = store.insert(ReviewFixtures.report().withTitle(title));
        Path printed = dir.resolve("长标题.docx");
        new ExportForReview(store).export(longer, printed);
        WordReturn word = WordReturn.of(printed);
        assertThat(word.documentXml()).as("printed in two lines").contains("<w:br/>");
        ReviewImport imported = session.importFile(word.breaksInOwnRuns().replace("工作安排", "工作计划", "李审核")
                .write(dir.resolve("返回.docx")), null);

        ReviewItem change = imported.items().get(0);
        assertThat(change.field()).isEqualTo(ReportField.TITLE);
        assertThat(title.substring(change.start(), change.end())).isEqualTo("工作安排");
        session.accept(longer.id(), change.id()).orElseThrow();
        assertThat(store.load(longer.id()).title()).isEqualTo("示例区人民政府关于2023年法治政府建设情况和2024年工作计划的报告");
    }

    @Test
    void changesToTheIssuersAndTheDateReachThoseFields() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export)
                .replace("司法局", "司法行政局", "王法制")
                .replace("20日", "26日", "王法制")
                .write(dir.resolve("返回.docx")), null);
        assertThat(imported.items()).extracting(ReviewItem::field).containsExactly(ReportField.ISSUERS, ReportField.DATE);
        assertThat(session.acceptAll(report.id(), null)).isEqualTo(2);
        assertThat(now().issuers()).containsExactly("示例区人民政府", "示例区司法行政局");
        assertThat(now().date()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(now().outline().get(2).section().paragraphs().get(0).text()).as("the sections untouched")
                .isEqualTo("全年受理行政复议案件208件，审结185件，审结率88.9%。");
    }

    @Test
    void aFieldTheOfficerChangedSinceTheExportIsAConflictNeverApplied() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export).replace("年度报告", "情况报告", "李审核")
                .replace("1月20日", "1月26日", "李审核").write(dir.resolve("返回.docx")), null);
        store.updateFields(now().withTitle("示例区2023年度法治政府建设工作报告").withIssuers(List.of("示例区人民政府")));

        List<ReviewSession.Pending> pending = session.pending(report.id());
        assertThat(pending).extracting(p -> p.placement().status()).containsExactly(Status.CONFLICT, Status.APPLICABLE);
        assertThat(pending.get(0).placement().reason()).contains("标题").contains("冲突");
        assertThat(pending.get(0).placement().current()).contains("工作报告");
        assertThat(session.accept(report.id(), imported.items().get(0).id())).isEmpty();
        assertThat(now().title()).isEqualTo("示例区2023年度法治政府建设工作报告");

        assertThat(session.accept(report.id(), imported.items().get(1).id())).as("the date is rebased").isPresent();
        assertThat(now().date()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(now().title()).isEqualTo("示例区2023年度法治政府建设工作报告");
    }

    @Test
    void aDateThatIsNoDateIsAConflict() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export).replace("20日", "32日", "李审核")
                .write(dir.resolve("返回.docx")), null);
        ReviewSession.Pending pending = only(imported);
        assertThat(pending.item().field()).isEqualTo(ReportField.DATE);
        assertThat(pending.placement().status()).isEqualTo(Status.CONFLICT);
        assertThat(pending.placement().reason()).contains("成文日期").contains("2024年1月32日");
        assertThat(session.acceptAll(report.id(), null)).isZero();
        assertThat(now().date()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void changesToTheRecipientAndThePreambleReachThoseFields() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export)
                .replace("示例市人民政府", "示例市人民政府办公室", "李审核")
                .insertAfter("坚持依法行政。", "全面贯彻落实《法治政府建设实施纲要（2021—2025年）》。", "李审核")
                .write(dir.resolve("返回.docx")), null);
        assertThat(imported.items()).extracting(ReviewItem::field).containsExactly(ReportField.RECIPIENT, ReportField.PREAMBLE);
        ReviewSession.Accepted first = session.accept(report.id(), imported.items().get(0).id()).orElseThrow();
        session.accept(report.id(), imported.items().get(1).id()).orElseThrow();
        assertThat(now().recipient()).isEqualTo("示例市人民政府办公室");
        assertThat(now().preamble()).extracting(org.nianbao.model.Paragraph::text).containsExactly(
                "2023年，示例区坚持依法行政。全面贯彻落实《法治政府建设实施纲要（2021—2025年）》。现将有关情况报告如下：");

        session.undo(first);
        assertThat(now().recipient()).isEqualTo("示例市人民政府");
        assertThat(now().preamble()).as("undo puts back what that accept changed; the later accept stays")
                .extracting(org.nianbao.model.Paragraph::text).singleElement().asString().contains("全面贯彻落实");
    }

    @Test
    void aChangeAcrossTwoFieldsIsOneChangeForTheOfficerByHand() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export)
                .deleteParagraphMark("示例市人民政府：", "李审核")
                .write(dir.resolve("返回.docx")), null);
        ReviewSession.Pending pending = only(imported);
        assertThat(pending.item().field()).as("kept on the field where it starts").isEqualTo(ReportField.RECIPIENT);
        assertThat(pending.item().crossesInto()).isEqualTo("开头段落");
        assertThat(pending.item().oldText()).isEqualTo("\n");
        assertThat(pending.placement().status()).isEqualTo(Status.OUTSIDE);
        assertThat(pending.placement().reason()).contains("开头段落").contains("手工");
        assertThat(session.acceptAll(report.id(), null)).isZero();
    }

    // way (3): the reviewer typed over the fields with track changes off

    @Test
    void anUntrackedEditToTheTitleIsFoundByComparisonWithTheExportAndAcceptedIntoIt() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export).replaceUntracked("年度报告", "情况报告")
                .write(dir.resolve("返回.docx")), null);
        ReviewItem change = imported.items().get(0);
        assertThat(imported.items()).hasSize(1);
        assertThat(change.field()).isEqualTo(ReportField.TITLE);
        assertThat(change.author()).isEqualTo(ReviewItem.UNTRACKED);
        assertThat(change.tracked()).isFalse();
        assertThat(change.oldText()).isEqualTo("年度");
        assertThat(change.newText()).isEqualTo("情况");
        assertThat(only(imported).placement().status()).isEqualTo(Status.APPLICABLE);

        session.accept(report.id(), change.id()).orElseThrow();
        assertThat(now().title()).isEqualTo("示例区2023年法治政府建设情况报告");
    }

    @Test
    void untrackedEditsToEveryFieldReachTheirFields() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export)
                .replaceUntracked("示例市人民政府：", "示例市人民政府办公室：")
                .replaceUntracked("坚持依法行政。", "坚持依法行政，建设法治政府。")
                .replaceUntracked("示例区司法局", "示例区司法行政局")
                .replaceUntracked("2024年1月20日", "2024年1月26日")
                .write(dir.resolve("返回.docx")), null);
        assertThat(imported.items()).extracting(ReviewItem::field).containsExactly(
                ReportField.RECIPIENT, ReportField.PREAMBLE, ReportField.ISSUERS, ReportField.DATE);
        assertThat(imported.items()).allMatch(i -> i.author().equals(ReviewItem.UNTRACKED) && !i.tracked());

        assertThat(session.acceptAll(report.id(), null)).isEqualTo(4);
        assertThat(now().recipient()).isEqualTo("示例市人民政府办公室");
        assertThat(now().preamble()).extracting(org.nianbao.model.Paragraph::text)
                .containsExactly("2023年，示例区坚持依法行政，建设法治政府。现将有关情况报告如下：");
        assertThat(now().issuers()).containsExactly("示例区人民政府", "示例区司法行政局");
        assertThat(now().date()).isEqualTo(LocalDate.of(2024, 1, 26));
    }

    @Test
    void aTrackedChangeInAFieldAlsoTypedOverIsPlacedOnTheFieldAsExported() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export)
                .replaceUntracked("2023年，示例区", "2023年，我区")
                .replace("现将有关情况", "现将主要情况", "李审核")
                .write(dir.resolve("返回.docx")), null);
        assertThat(imported.items()).extracting(ReviewItem::author).containsExactly(ReviewItem.UNTRACKED, "李审核");
        ReviewItem tracked = imported.items().get(1);
        assertThat(tracked.field()).isEqualTo(ReportField.PREAMBLE);
        assertThat("2023年，示例区坚持依法行政。现将有关情况报告如下：".substring(tracked.start(), tracked.end()))
                .isEqualTo(tracked.oldText());

        assertThat(session.acceptAll(report.id(), null)).isEqualTo(2);
        assertThat(now().preamble()).extracting(org.nianbao.model.Paragraph::text)
                .containsExactly("2023年，我区坚持依法行政。现将主要情况报告如下：");
    }

    @Test
    void anUntrackedEditToAFieldTheOfficerChangedSinceIsAConflict() throws Exception {
        session.importFile(WordReturn.of(export).replaceUntracked("2024年1月20日", "2024年1月26日")
                .write(dir.resolve("返回.docx")), null);
        store.updateFields(now().withDate(LocalDate.of(2024, 1, 22)));

        ReviewSession.Pending pending = session.pending(report.id()).get(0);
        assertThat(pending.item().field()).isEqualTo(ReportField.DATE);
        assertThat(pending.placement().status()).isEqualTo(Status.CONFLICT);
        assertThat(pending.placement().reason()).contains("成文日期").contains("冲突");
        assertThat(session.acceptAll(report.id(), null)).isZero();
        assertThat(now().date()).isEqualTo(LocalDate.of(2024, 1, 22));
    }

    @Test
    void aLongTitleTypedOverKeepsItsLineBreakOutOfTheChange() throws Exception {
        String title = "示例区人民政府关于2023年法治政府建设情况和2024年工作安排的报告";
        Report longer = store.insert(ReviewFixtures.report().withTitle(title));
        Path printed = dir.resolve("长标题.docx");
        new ExportForReview(store).export(longer, printed);
        ReviewImport imported = session.importFile(WordReturn.of(printed).replaceUntracked("工作安排", "工作计划")
                .write(dir.resolve("返回.docx")), null);
        assertThat(imported.items()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ReportField.TITLE);
            assertThat(c.oldText()).isEqualTo("安排");
            assertThat(c.newText()).isEqualTo("计划");
        });
        session.acceptAll(longer.id(), null);
        assertThat(store.load(longer.id()).title()).isEqualTo("示例区人民政府关于2023年法治政府建设情况和2024年工作计划的报告");
    }

    @Test
    void aFieldRemovedWithTrackingOffIsReportedAsDeletedAndAcceptedIntoTheReport() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export).removeParagraphUntracked("示例市人民政府：")
                .write(dir.resolve("返回.docx")), null);
        ReviewItem removed = only(imported).item();
        assertThat(removed.field()).isEqualTo(ReportField.RECIPIENT);
        assertThat(removed.kind()).isEqualTo(ReviewKind.DELETION);
        assertThat(removed.author()).isEqualTo(ReviewItem.UNTRACKED);
        assertThat(removed.oldText()).isEqualTo("示例市人民政府：");
        assertThat(only(imported).placement().status()).isEqualTo(Status.APPLICABLE);

        assertThat(session.acceptAll(report.id(), null)).isEqualTo(1);
        assertThat(now().recipient()).isNullOrEmpty();
        assertThat(now().preamble()).extracting(org.nianbao.model.Paragraph::text)
                .containsExactly("2023年，示例区坚持依法行政。现将有关情况报告如下：");
    }

    @Test
    void issuersRemovedWithTrackingOffAreReportedAndTheAttachmentNoteAboveIsNotTakenForThem() throws Exception {
        Report withNote = store.insert(ReviewFixtures.report().withIssuers(List.of("示例区人民政府", "示例区司法局"))
                .withAttachments(List.of(new org.nianbao.model.Attachment(null, "法治政府建设工作台账", List.of()))));
        Path printed = dir.resolve("带附件.docx");
        new ExportForReview(store).export(withNote, printed);
        ReviewImport imported = session.importFile(WordReturn.of(printed)
                .removeParagraphUntracked(">示例区人民政府<").removeParagraphUntracked(">示例区司法局<")
                .write(dir.resolve("返回.docx")), null);

        assertThat(imported.items()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo(ReportField.ISSUERS);
            assertThat(i.kind()).isEqualTo(ReviewKind.DELETION);
            assertThat(i.oldText()).isEqualTo("示例区人民政府\n示例区司法局");
        });
    }

    @Test
    void aTitleRetypedBeyondRecognitionIsLeftToTheOfficerWithBothTexts() throws Exception {
        ReviewImport imported = session.importFile(WordReturn.of(export)
                .replaceUntracked(ReviewFixtures.TITLE, "关于依法行政工作开展情况的说明")
                .write(dir.resolve("返回.docx")), null);

        ReviewSession.Pending pending = only(imported);
        assertThat(pending.item().author()).isEqualTo(ReviewItem.UNTRACKED);
        assertThat(pending.item().oldText()).isEqualTo(ReviewFixtures.TITLE);
        assertThat(pending.item().newText()).isEqualTo("关于依法行政工作开展情况的说明");
        assertThat(pending.item().field()).as("not applied to the title: the text in its place may be something else").isNull();
        assertThat(pending.placement().status()).isEqualTo(Status.OUTSIDE);
        assertThat(pending.placement().reason()).contains("手工");
        assertThat(session.acceptAll(report.id(), null)).isZero();
        assertThat(now().title()).isEqualTo(ReviewFixtures.TITLE);
    }
}
