package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.ExportForReview;
import org.nianbao.compose.ReviewSession;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.store.ReportStore;

/**
 * Comments across review rounds, with returned files made way (1) (Word's markup, see
 * {@link WordReturn}): the next export carries the unresolved comments back to the reviewers; when
 * their file returns, those comments are the stored ones (recognised by what the export wrote), not
 * new ones: a reply attaches to the stored comment and a done flag marks it.
 */
class CarriedCommentsReviewTest {

    private static final String ASKED = "请补充行政应诉数据";

    @TempDir
    Path dir;
    private ReportStore store;
    private Report report;
    private ReviewSession session;
    private ReviewItem comment;
    private Path secondExport;

    /** Round one: 李审核 comments, 王法制 replies; the officer exports again, carrying the thread back. */
    @BeforeEach
    void firstRound() throws Exception {
        store = ReportStore.open(ReviewFixtures.database(dir));
        report = store.insert(ReviewFixtures.report());
        Path export = dir.resolve("送审稿.docx");
        new ExportForReview(store).export(report, export);
        session = new ReviewSession(store);
        WordReturn word = WordReturn.of(export);
        int open = word.comment("化解行政争议", ASKED, "李审核", "LSH");
        word.reply(open, "稍后补充", "王法制", "WFZ");
        session.importFile(word.write(dir.resolve("一审.docx")), null);
        comment = store.reviews().imports(report.id()).get(0).items().get(0);
        assertThat(comment.newText()).isEqualTo(ASKED);

        secondExport = dir.resolve("第二稿.docx");
        ExportSnapshot second = new ExportForReview(store).export(store.load(report.id()), secondExport);
        assertThat(second.carried()).as("the comment and its reply, as written")
                .extracting(ExportSnapshot.CarriedComment::author).containsExactly("李审核", "王法制");
        assertThat(store.reviews().snapshot(second.exportId()).orElseThrow().carried()).isEqualTo(second.carried());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<ReviewItem> thread() {
        ReviewImport first = store.reviews().imports(report.id()).get(0);
        return first.items().stream().filter(i -> i.id().equals(comment.id())
                || i.isReply() && i.parentPosition() == comment.position()).toList();
    }

    private long listed(String text) {
        return session.pending(report.id()).stream().filter(p -> p.item().newText().equals(text)).count();
    }

    @Test
    void aReplyToACarriedCommentJoinsTheStoredOneAndItsDoneFlagMarksIt() throws Exception {
        WordReturn word = WordReturn.of(secondExport);
        assertThat(word.carriedComments()).isEqualTo(2);
        word.reply(0, "已补充出庭应诉次数", "李审核", "LSH");
        word.markDone(0);
        word.replace("208", "218", "李审核");
        ReviewImport round2 = session.importFile(word.write(dir.resolve("二审.docx")), null);

        assertThat(round2.items()).as("only the new change: the comment and its replies are the stored ones")
                .extracting(ReviewItem::newText).containsExactly("218");
        assertThat(thread()).extracting(ReviewItem::newText).containsExactly(ASKED, "稍后补充", "已补充出庭应诉次数");
        assertThat(thread().get(0).done()).as("marked done by the reviewer").isTrue();
        ReviewItem reply = thread().get(2);
        assertThat(reply.author()).isEqualTo("李审核");
        assertThat(reply.date()).isEqualTo(WordReturn.DATE);
        assertThat(reply.sectionId()).isEqualTo(comment.sectionId());
        assertThat(reply.oldText()).as("on the comment's anchor").isEqualTo(comment.oldText());
        assertThat(listed(ASKED)).as("listed once").isEqualTo(1);
        assertThat(listed("稍后补充")).isEqualTo(1);

        session.importFile(dir.resolve("二审.docx"), null);
        assertThat(thread()).as("the same file again adds nothing").hasSize(3);
    }

    @Test
    void anotherReviewersCopyWithTheSameReplyDoesNotRepeatIt() throws Exception {
        WordReturn first = WordReturn.of(secondExport);
        first.reply(0, "已补充", "李审核", "LSH");
        session.importFile(first.write(dir.resolve("李.docx")), null);
        // the file passed on to the next reviewer, who adds a reply of their own
        WordReturn passedOn = WordReturn.of(secondExport);
        passedOn.reply(0, "已补充", "李审核", "LSH");
        passedOn.reply(0, "同意", "赵科长", "ZKZ");
        ReviewImport later = session.importFile(passedOn.write(dir.resolve("赵.docx")), null);

        assertThat(later.items()).isEmpty();
        assertThat(thread()).extracting(ReviewItem::newText).containsExactly(ASKED, "稍后补充", "已补充", "同意");
        assertThat(thread().get(0).done()).isFalse();
    }

    @Test
    void aWriterThatGivesItsOwnParaIdsIsRecognisedByAuthorDateAndTextAsWritten() throws Exception {
        WordReturn word = WordReturn.of(secondExport).withNewParaIds();
        word.reply(0, "已补充", "李审核", "LSH");
        ReviewImport round2 = session.importFile(word.write(dir.resolve("二审.docx")), null);

        assertThat(round2.items()).isEmpty();
        assertThat(thread()).extracting(ReviewItem::newText).containsExactly(ASKED, "稍后补充", "已补充");
    }

    @Test
    void aNewCommentWithTheSameWordsIsStillANewComment() throws Exception {
        WordReturn word = WordReturn.of(secondExport);
        word.comment("加强组织领导", ASKED, "王法制", "WFZ");
        ReviewImport round2 = session.importFile(word.write(dir.resolve("二审.docx")), null);

        assertThat(round2.items()).singleElement().satisfies(c -> {
            assertThat(c.newText()).isEqualTo(ASKED);
            assertThat(c.author()).isEqualTo("王法制");
            assertThat(c.oldText()).isEqualTo("加强组织领导");
        });
        assertThat(thread()).hasSize(2);
    }

    @Test
    void aThirdRoundCarriesTheWholeThreadOnceAndBringsNothingBackTwice() throws Exception {
        WordReturn word = WordReturn.of(secondExport);
        word.reply(0, "已补充", "李审核", "LSH");
        session.importFile(word.write(dir.resolve("二审.docx")), null);

        Path third = dir.resolve("第三稿.docx");
        ExportSnapshot snapshot = new ExportForReview(store).export(store.load(report.id()), third);
        assertThat(snapshot.carried()).extracting(ExportSnapshot.CarriedComment::text)
                .containsExactly(snapshot.carried().get(0).text(), "稍后补充", "已补充");
        WordReturn round3 = WordReturn.of(third);
        round3.reply(0, "可以", "赵科长", "ZKZ");
        ReviewImport back = session.importFile(round3.write(dir.resolve("三审.docx")), null);

        assertThat(back.items()).isEmpty();
        assertThat(thread()).extracting(ReviewItem::newText).containsExactly(ASKED, "稍后补充", "已补充", "可以");
        assertThat(listed(ASKED)).isEqualTo(1);
    }
}
