package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.model.Section;
import org.nianbao.review.Placement.Status;
import org.nianbao.compose.ExportForReview;
import org.nianbao.compose.ReviewSession;
import org.nianbao.store.ReportStore;

/**
 * Returned files made way (1): exports edited in code with the markup Word writes (see
 * {@link WordReturn}); and way (3), edits with tracking off.
 */
class WordMarkupReviewTest {

    @TempDir
    Path dir;
    private ReportStore store;
    private Report report;
    private Path export;
    private ReviewSession session;

    @BeforeEach
    void exportTheReport() {
        ExportedForReview round = ExportedForReview.in(dir);
        store = round.store();
        report = round.report();
        export = round.export();
        session = round.session();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long sectionId(int outlineIndex) {
        return report.outline().get(outlineIndex).section().id();
    }

    private Section current(int outlineIndex) {
        return store.load(report.id()).outline().get(outlineIndex).section();
    }

    private List<ReviewItem> changes(ReviewImport imported) {
        return imported.items().stream().filter(i -> !i.kind().isComment()).toList();
    }

    @Test
    void aReplacementInsideAFigureTypedInTwoRunsIsOneChangeAndTheCheckerMarksIt() throws Exception {
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").write(dir.resolve("返回.docx"));
        ReviewImport imported = session.importFile(returned, null);

        assertThat(changes(imported)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ReviewKind.REPLACEMENT);
            assertThat(c.oldText()).isEqualTo("208");
            assertThat(c.newText()).isEqualTo("218");
            assertThat(c.author()).isEqualTo("李审核");
            assertThat(c.date()).isEqualTo(WordReturn.DATE);
            assertThat(c.sectionId()).isEqualTo(sectionId(2));
        });
        ReviewSession.Pending pending = session.pending(report.id()).get(0);
        assertThat(pending.placement().status()).isEqualTo(Status.APPLICABLE);
        assertThat(pending.breaksFigure()).as("审结率88.9% no longer holds with 218").isTrue();
        assertThat(current(2).paragraphs().get(0).text()).as("nothing written before accepting").contains("208件");

        assertThat(session.accept(report.id(), pending.item().id())).isPresent();
        assertThat(current(2).paragraphs().get(0).text()).isEqualTo("全年受理行政复议案件218件，审结185件，审结率88.9%。");
        assertThat(session.pending(report.id())).isEmpty();
    }

    @Test
    void anInsertionAndADeletionByOneReviewerAreTwoChangesAppliedWhereTheyWereMade() throws Exception {
        Path returned = WordReturn.of(export)
                .insertAfter("行政应诉工作", "机制", "李审核")
                .delete("着力加强执法监督。", "李审核")
                .write(dir.resolve("返回.docx"));
        session.importFile(returned, null);
        List<ReviewSession.Pending> pending = session.pending(report.id());
        assertThat(pending).extracting(p -> p.item().kind()).containsExactly(ReviewKind.INSERTION, ReviewKind.DELETION);
        for (ReviewSession.Pending p : pending) {
            session.accept(report.id(), p.item().id());
        }
        assertThat(current(2).paragraphs().get(1).text()).isEqualTo("行政应诉工作机制持续加强。");
        assertThat(current(4).paragraphs().get(0).text()).isEqualTo("继续深入推进依法行政。");
    }

    @Test
    void aDeletedParagraphMarkMergesTwoParagraphs() throws Exception {
        Path returned = WordReturn.of(export).deleteParagraphMark("行政应诉工作持续加强。", "王法制")
                .write(dir.resolve("返回.docx"));
        ReviewImport imported = session.importFile(returned, null);
        assertThat(changes(imported)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ReviewKind.DELETION);
            assertThat(c.oldText()).isEqualTo("\n");
        });
        session.accept(report.id(), changes(imported).get(0).id());
        assertThat(current(2).paragraphs()).extracting(Paragraph::text).containsExactly(
                "全年受理行政复议案件208件，审结185件，审结率88.9%。",
                "行政应诉工作持续加强。行政机关负责人出庭应诉{{出庭应诉}}。");
    }

    @Test
    void aMovedSentenceIsTwoLinkedItemsAcceptedTogether() throws Exception {
        Path returned = WordReturn.of(export).move("着力加强执法监督。", "行政应诉工作持续加强。", "王法制")
                .write(dir.resolve("返回.docx"));
        ReviewImport imported = session.importFile(returned, null);
        List<ReviewItem> items = changes(imported);
        assertThat(items).extracting(ReviewItem::kind).containsExactly(ReviewKind.MOVED_HERE, ReviewKind.MOVED_AWAY);
        ReviewItem here = items.get(0);
        ReviewItem away = items.get(1);
        assertThat(here.parentPosition()).isEqualTo(away.position());
        assertThat(here.sectionId()).isEqualTo(sectionId(2));
        assertThat(away.sectionId()).isEqualTo(sectionId(4));

        ReviewSession.Accepted accepted = session.accept(report.id(), here.id()).orElseThrow();
        assertThat(current(2).paragraphs().get(1).text()).isEqualTo("行政应诉工作持续加强。着力加强执法监督。");
        assertThat(current(4).paragraphs().get(0).text()).isEqualTo("继续深入推进依法行政。");
        assertThat(session.pending(report.id())).as("both ends accepted at once").isEmpty();

        session.undo(accepted);
        assertThat(current(2).paragraphs().get(1).text()).isEqualTo("行政应诉工作持续加强。");
        assertThat(current(4).paragraphs().get(0).text()).isEqualTo("继续深入推进依法行政。着力加强执法监督。");
        assertThat(session.pending(report.id())).hasSize(2);
    }

    @Test
    void aCommentOnAHeadingWithAReplyAndTheDoneFlag() throws Exception {
        WordReturn word = WordReturn.of(export);
        int comment = word.comment("化解行政争议", "标题改为“依法化解行政争议”？", "李审核", "LSH");
        word.reply(comment, "同意", "王法制", "WFZ");
        word.markDone(comment);
        ReviewImport imported = session.importFile(word.write(dir.resolve("返回.docx")), null);

        assertThat(imported.items()).hasSize(2).allMatch(i -> i.kind() == ReviewKind.COMMENT);
        ReviewItem first = imported.items().get(0);
        ReviewItem reply = imported.items().get(1);
        assertThat(first.newText()).isEqualTo("标题改为“依法化解行政争议”？");
        assertThat(first.oldText()).isEqualTo("化解行政争议");
        assertThat(first.sectionId()).isEqualTo(sectionId(2));
        assertThat(first.initials()).isEqualTo("LSH");
        assertThat(first.done()).isTrue();
        assertThat(reply.isReply()).isTrue();
        assertThat(reply.parentPosition()).isEqualTo(first.position());
        assertThat(reply.author()).isEqualTo("王法制");
        assertThat(reply.done()).isFalse();
        assertThat(session.pending(report.id())).extracting(p -> p.placement().status()).containsOnly(Status.COMMENT);
    }

    @Test
    void twoReviewersNextToEachOtherAreSeparateChanges() throws Exception {
        Path returned = WordReturn.of(export)
                .replace("专题研究", "专题研究部署", "李审核")
                .insertAfter("参训干部", "累计", "王法制")
                .write(dir.resolve("返回.docx"));
        ReviewImport imported = session.importFile(returned, null);
        assertThat(changes(imported)).extracting(ReviewItem::author).containsExactly("李审核", "王法制");
        assertThat(changes(imported)).allMatch(c -> c.sectionId().equals(sectionId(1)));
    }

    @Test
    void editsWithTrackingOffAreFoundByComparisonWithTheSnapshot() throws Exception {
        // way (3): the reviewer typed with track changes off
        Path returned = WordReturn.of(export).replaceUntracked("开展法治培训12场", "开展法治培训15场")
                .write(dir.resolve("返回.docx"));
        ReviewImport imported = session.importFile(returned, null);
        assertThat(changes(imported)).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(ReviewItem.UNTRACKED);
            assertThat(c.tracked()).isFalse();
            assertThat(c.oldText()).isEqualTo("2");
            assertThat(c.newText()).isEqualTo("5");
        });
        session.accept(report.id(), changes(imported).get(0).id());
        assertThat(current(1).paragraphs().get(1).text()).isEqualTo("全区开展法治培训15场，参训干部860人次。");
    }

    @Test
    void aTrackedChangeAfterAnUntrackedOneIsPlacedOnTheSnapshot() throws Exception {
        Path returned = WordReturn.of(export)
                .replaceUntracked("全年受理行政复议案件", "全年共受理行政复议案件")
                .replace("审结185件", "审结186件", "李审核")
                .write(dir.resolve("返回.docx"));
        session.importFile(returned, null);
        List<ReviewSession.Pending> pending = session.pending(report.id());
        assertThat(pending).extracting(p -> p.item().author()).containsExactly(ReviewItem.UNTRACKED, "李审核");
        for (ReviewSession.Pending p : pending) {
            assertThat(session.accept(report.id(), p.item().id())).isPresent();
        }
        assertThat(current(2).paragraphs().get(0).text()).isEqualTo("全年共受理行政复议案件208件，审结186件，审结率88.9%。");
    }

    @Test
    void aChangeTheOfficerEditedSinceTheExportIsAConflictAndAnotherIsRebased() throws Exception {
        Path returned = WordReturn.of(export)
                .replace("208", "218", "李审核")
                .replace("持续加强", "不断加强", "李审核")
                .write(dir.resolve("返回.docx"));
        session.importFile(returned, null);
        Section s = current(2);
        store.updateSection(s.withParagraphs(List.of(Paragraph.of("2023年全年受理行政复议案件210件，审结185件，审结率88.1%。"),
                s.paragraphs().get(1), s.paragraphs().get(2))));

        List<ReviewSession.Pending> pending = session.pending(report.id());
        assertThat(pending).extracting(p -> p.placement().status()).containsExactly(Status.CONFLICT, Status.APPLICABLE);
        ReviewSession.Pending conflict = pending.get(0);
        assertThat(conflict.placement().reason()).contains("冲突");
        assertThat(conflict.item().oldText()).isEqualTo("208");
        assertThat(conflict.placement().current()).contains("210");
        assertThat(session.accept(report.id(), conflict.item().id())).as("never applied silently").isEmpty();
        assertThat(current(2).paragraphs().get(0).text()).contains("210件");

        session.accept(report.id(), pending.get(1).item().id());
        assertThat(current(2).paragraphs().get(1).text()).isEqualTo("行政应诉工作不断加强。");
    }

    @Test
    void aChangeInsideAMetricReferenceReplacesTheReferenceWithThePrintedText() throws Exception {
        Path returned = WordReturn.of(export).replace("56", "58", "李审核").write(dir.resolve("返回.docx"));
        ReviewImport imported = session.importFile(returned, null);
        session.accept(report.id(), changes(imported).get(0).id());
        assertThat(current(2).paragraphs().get(2).text()).isEqualTo("行政机关负责人出庭应诉58次。");
    }

    @Test
    void aChangeToASectionNumberIsAConflict() throws Exception {
        Path returned = WordReturn.of(export).replace("（二）", "（三）", "李审核").write(dir.resolve("返回.docx"));
        session.importFile(returned, null);
        assertThat(session.pending(report.id())).singleElement()
                .satisfies(p -> assertThat(p.placement().status()).isEqualTo(Status.CONFLICT));
    }

    @Test
    void theSameFileImportedTwiceDuplicatesNothing() throws Exception {
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").write(dir.resolve("返回.docx"));
        ReviewImport first = session.importFile(returned, null);
        ReviewImport second = session.importFile(returned, null);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(store.reviews().imports(report.id())).hasSize(1);
        assertThat(session.pending(report.id())).hasSize(1);
    }

    @Test
    void aFileWithoutPropertiesAndBookmarksIsMatchedByTitleAndHeadingsAndNeedsConfirmation() throws Exception {
        Path returned = WordReturn.of(export).withoutPropertiesAndBookmarks()
                .replace("持续加强", "不断加强", "李审核")
                .write(dir.resolve("粘贴稿.docx"));
        assertThatThrownBy(() -> session.importFile(returned, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("缺少来源信息").hasMessageContaining("--report " + report.id());
        assertThat(store.reviews().imports(report.id())).as("nothing stored").isEmpty();
        assertThat(session.proposeMatch(returned)).hasValueSatisfying(m -> {
            assertThat(m.reportId()).isEqualTo(report.id());
            assertThat(m.titleFound()).isTrue();
            assertThat(m.headingsFound()).isEqualTo(m.headings());
        });

        ReviewImport imported = session.importFile(returned, report.id());
        assertThat(changes(imported)).singleElement().satisfies(c -> assertThat(c.sectionId()).isEqualTo(sectionId(2)));
        session.accept(report.id(), changes(imported).get(0).id());
        assertThat(current(2).paragraphs().get(1).text()).isEqualTo("行政应诉工作不断加强。");
    }

    @Test
    void aFileFromAnotherReportIsRefusedAndNothingIsStored() throws Exception {
        Report other = store.insert(ReviewFixtures.report().withTitle("另一份报告"));
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").write(dir.resolve("返回.docx"));
        assertThatThrownBy(() -> session.importFile(returned, other.id()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("另一份报告");
        Path foreign = WordReturn.of(export).claimingReport(other.id().toString()).write(dir.resolve("别处.docx"));
        assertThatThrownBy(() -> session.importFile(foreign, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("另一份报告");
        assertThat(store.reviews().imports(report.id())).isEmpty();
        assertThat(store.reviews().imports(other.id())).isEmpty();
    }

    @Test
    void aFileWithThousandsOfRecordsIsReadCompletelyOneChangePerReplacedCharacter() throws Exception {
        Path returned = dir.resolve("重打.docx");
        int made = org.nianbao.bench.ManyChangesDocx.write(export, returned, 3);
        ReviewImport imported = session.importFile(returned, null);
        assertThat(made).isGreaterThan(50);
        assertThat(changes(imported)).hasSize(made).allMatch(c -> c.kind() == ReviewKind.REPLACEMENT)
                .allMatch(c -> c.oldText().length() == 1 && c.newText().length() == 1);
        long applicable = session.pending(report.id()).stream().filter(p -> p.placement().applicable()).count();
        assertThat(applicable).as("numbers, the problem list and the title are not applied").isGreaterThan(made / 2);
        assertThat(session.acceptAll(report.id(), null)).as("each applies on the text the earlier ones left")
                .isEqualTo(applicable);
    }

    @Test
    void unresolvedCommentsGoBackToTheReviewersWithTheNextExportAsWordComments() throws Exception {
        WordReturn word = WordReturn.of(export);
        int open = word.comment("化解行政争议", "请补充行政应诉数据", "李审核", "LSH");
        word.reply(open, "已补充出庭应诉次数", "王法制", "WFZ");
        int resolved = word.comment("加强组织领导", "标题可以", "李审核", "LSH");
        word.markDone(resolved);
        session.importFile(word.write(dir.resolve("返回.docx")), null);

        Path next = dir.resolve("第二稿.docx");
        new ExportForReview(store).export(store.load(report.id()), next);
        // kept for looking at (rendered with ../shared/tools/docx-pages)
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        java.nio.file.Files.copy(next, Path.of("target", "screenshots", "review-comments-back.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(next))) {
            assertThat(doc.getComments()).extracting(org.apache.poi.xwpf.usermodel.XWPFComment::getAuthor)
                    .containsExactly("李审核", "王法制");
            assertThat(doc.getComments()[0].getText()).startsWith("请补充行政应诉数据");
        }
        ReturnedDocument back = DocumentReader.read(ReturnedPackage.read(java.nio.file.Files.readAllBytes(next), next), next);
        assertThat(back.comments()).hasSize(2);
        assertThat(back.comments().get(1).parentId()).as("the reply stays threaded").isEqualTo(back.comments().get(0).id());
        assertThat(back.comments()).noneMatch(ReturnedDocument.Comment::done);
        assertThat(back.paragraphs().get(back.comments().get(0).startParagraph()).original()).isEqualTo("（二）化解行政争议");
    }

    @Test
    void aSecondRoundFileBringsOnlyWhatIsNewAndNewRepliesKeepTheirComment() throws Exception {
        WordReturn first = WordReturn.of(export).replace("208", "218", "李审核");
        int comment = first.comment("化解行政争议", "请核实", "李审核", "LSH");
        Path round1 = first.write(dir.resolve("一审.docx"));
        session.importFile(round1, null);
        session.accept(report.id(), changes(store.reviews().imports(report.id()).get(0)).get(0).id());

        // the second reviewer works on the first one's file: its markup is still in it
        WordReturn second = WordReturn.of(export).replace("208", "218", "李审核").insertAfter("参训干部", "累计", "王法制");
        int again = second.comment("化解行政争议", "请核实", "李审核", "LSH");
        second.reply(again, "已核实", "王法制", "WFZ");
        assertThat(again).isEqualTo(comment);
        ReviewImport round2 = session.importFile(second.write(dir.resolve("二审.docx")), null);

        assertThat(round2.items()).extracting(ReviewItem::newText).containsExactly("累计", "请核实", "已核实");
        assertThat(session.pending(report.id())).extracting(p -> p.item().newText())
                .as("the accepted 218 does not come back; the first comment is listed once per file")
                .containsExactly("请核实", "累计", "请核实", "已核实");
    }
}
