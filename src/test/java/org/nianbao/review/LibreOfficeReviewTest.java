package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.compose.ExportForReview;
import org.nianbao.compose.ReviewSession;
import org.nianbao.store.ReportStore;

/**
 * Test files, way (2): LibreOffice opens the export, records tracked changes under a reviewer's name
 * and saves .docx (src/test/resources/org/nianbao/review/lo_review.py, Python-UNO, private
 * profile). Two rounds by two reviewers. Skipped where soffice or python3-uno is missing.
 * The script loads the document without a view: with one, LibreOffice 7.4 from the -nogui packages
 * aborts on any comment (its comment window needs a .ui file those packages leave out; see the
 * script). LibreOffice 7.4 makes no threaded replies (no ParentName on its Annotation field, no
 * paraIdParent in its .docx), so replies are covered by way (1); its done flag it does write.
 */
class LibreOfficeReviewTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;
    private ReportStore store;
    private Report report;
    private Path export;

    @BeforeEach
    void exportTheReport() throws Exception {
        assumeTrue(hasLibreOfficeUno(), "soffice or python3-uno not installed: LibreOffice review files skipped");
        store = ReportStore.open(ReviewFixtures.database(dir));
        report = store.insert(ReviewFixtures.report());
        export = dir.resolve("送审稿.docx");
        new ExportForReview(store).export(report, export);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void trackedChangesOfTwoReviewersRecordedByLibreOfficeComeBackIntoTheReport() throws Exception {
        Path round1 = dir.resolve("一审.docx");
        libreOffice(export, round1, "张审阅", "ZSY", """
                [{"replace": ["审结185件", "审结186件"]},
                 {"insertAfter": ["参训干部860人次", "，覆盖全部执法单位"]},
                 {"delete": "着力加强执法监督。"}]""");
        Path round2 = dir.resolve("二审.docx");
        libreOffice(round1, round2, "刘法规", "LFG", """
                [{"replace": ["行政应诉工作持续加强", "行政应诉工作不断加强"]}]""");

        ReviewSession session = new ReviewSession(store);
        ReviewImport imported = session.importFile(round2, null);
        List<ReviewItem> changes = imported.items();
        assertThat(changes).extracting(ReviewItem::author)
                .containsExactly("张审阅", "张审阅", "刘法规", "张审阅");
        assertThat(changes).allMatch(ReviewItem::tracked).allMatch(c -> !c.date().isEmpty());
        assertThat(changes.get(3).kind()).isEqualTo(ReviewKind.DELETION);
        assertThat(changes.get(3).oldText()).isEqualTo("着力加强执法监督。");
        long section2 = report.outline().get(2).section().id();
        assertThat(changes.get(1).sectionId()).as("placed by the bookmark LibreOffice kept").isEqualTo(section2);

        for (ReviewSession.Pending p : session.pending(report.id())) {
            assertThat(session.accept(report.id(), p.item().id())).as(p.item().toString()).isPresent();
        }
        Report after = store.load(report.id());
        assertThat(after.outline().get(1).section().paragraphs().get(1).text())
                .isEqualTo("全区开展法治培训12场，参训干部860人次，覆盖全部执法单位。");
        assertThat(after.outline().get(2).section().paragraphs().get(0).text())
                .isEqualTo("全年受理行政复议案件208件，审结186件，审结率88.9%。");
        assertThat(after.outline().get(2).section().paragraphs().get(1).text()).isEqualTo("行政应诉工作不断加强。");
        assertThat(after.outline().get(4).section().paragraphs().get(0).text()).isEqualTo("继续深入推进依法行政。");
    }

    @Test
    void aCommentOnAHeadingMadeByLibreOfficeComesBackAndTheNextRoundMarksItDone() throws Exception {
        Path round1 = dir.resolve("一审.docx");
        libreOffice(export, round1, "张审阅", "ZSY", """
                [{"comment": ["化解行政争议", "标题改为“依法化解行政争议”？"]}]""");

        ReviewSession session = new ReviewSession(store);
        ReviewImport first = session.importFile(round1, null);
        assertThat(first.items()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ReviewKind.COMMENT);
            assertThat(c.newText()).isEqualTo("标题改为“依法化解行政争议”？");
            assertThat(c.oldText()).as("anchored on the heading's words").isEqualTo("化解行政争议");
            assertThat(c.sectionId()).isEqualTo(report.outline().get(2).section().id());
            assertThat(c.author()).isEqualTo("张审阅");
            assertThat(c.initials()).isEqualTo("ZSY");
            assertThat(c.date()).isNotEmpty();
            assertThat(c.done()).isFalse();
        });

        // the next export carries it back; the second reviewer answers and resolves it in LibreOffice
        Path second = dir.resolve("第二稿.docx");
        new ExportForReview(store).export(store.load(report.id()), second);
        Path round2 = dir.resolve("二审.docx");
        libreOffice(second, round2, "刘法规", "LFG", """
                [{"comment": ["化解行政争议", "同意修改"]}, {"resolve": "标题改为"}]""");
        ReviewImport later = session.importFile(round2, null);

        assertThat(later.items()).as("LibreOffice's answer is a comment of its own; the carried one is not new")
                .singleElement().satisfies(c -> {
                    assertThat(c.newText()).isEqualTo("同意修改");
                    assertThat(c.author()).isEqualTo("刘法规");
                    assertThat(c.isReply()).isFalse();
                });
        ReviewItem stored = store.reviews().imports(report.id()).get(0).items().get(0);
        assertThat(stored.done()).as("resolved in LibreOffice, recognised by author, date and text").isTrue();
        assertThat(session.pending(report.id())).filteredOn(p -> p.item().newText().startsWith("标题改为")).hasSize(1);
    }

    @Test
    void fieldsTypedOverAChangeAcrossTwoSectionsAndACommentOnTheTitleMadeByLibreOffice() throws Exception {
        Path round1 = dir.resolve("一审.docx");
        libreOffice(export, round1, "张审阅", "ZSY", """
                [{"record": false},
                 {"replace": ["2024年1月20日", "2024年1月26日"]},
                 {"replace": ["建设年度报告", "建设工作报告"]},
                 {"record": true},
                 {"deleteAcross": ["参训干部860人次。", "（二）化解"]},
                 {"comment": ["法治政府", "标题请再斟酌"]}]""");

        ReviewSession session = new ReviewSession(store);
        List<ReviewItem> items = session.importFile(round1, null).items();
        assertThat(items).filteredOn(i -> !i.tracked()).as("typed with recording off, on their fields")
                .extracting(ReviewItem::field, ReviewItem::oldText, ReviewItem::newText)
                .containsExactly(tuple(ReportField.TITLE, "年度", "工作"), tuple(ReportField.DATE, "0", "6"));
        assertThat(items).filteredOn(i -> i.kind() == ReviewKind.COMMENT).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ReportField.TITLE);
            assertThat(c.oldText()).isEqualTo("法治政府");
            assertThat(c.author()).isEqualTo("张审阅");
        });
        assertThat(items).filteredOn(i -> i.tracked() && i.kind() != ReviewKind.COMMENT).singleElement().satisfies(c -> {
            assertThat(c.crossesInto()).isEqualTo("（二）化解行政争议");
            assertThat(c.oldText()).isEqualTo("参训干部860人次。\n（二）化解");
            assertThat(c.sectionId()).isEqualTo(report.outline().get(1).section().id());
        });

        assertThat(session.acceptAll(report.id(), null)).as("the two typed over; the crossing by hand").isEqualTo(2);
        Report after = store.load(report.id());
        assertThat(after.title()).isEqualTo("示例区2023年法治政府建设工作报告");
        assertThat(after.date()).isEqualTo(java.time.LocalDate.of(2024, 1, 26));
        assertThat(after.outline()).isEqualTo(report.outline());
    }

    @Test
    void aFieldEmptiedAndTheTitleRetypedWithRecordingOffInLibreOffice() throws Exception {
        Path round1 = dir.resolve("一审.docx");
        libreOffice(export, round1, "张审阅", "ZSY", """
                [{"record": false},
                 {"delete": "示例市人民政府："},
                 {"replace": ["%s", "关于依法行政工作开展情况的说明"]}]""".formatted(ReviewFixtures.TITLE));

        ReviewSession session = new ReviewSession(store);
        List<ReviewItem> items = session.importFile(round1, null).items();
        assertThat(items).extracting(ReviewItem::field, ReviewItem::kind, ReviewItem::oldText, ReviewItem::newText)
                .containsExactly(
                        tuple(null, ReviewKind.REPLACEMENT, ReviewFixtures.TITLE, "关于依法行政工作开展情况的说明"),
                        tuple(ReportField.RECIPIENT, ReviewKind.DELETION, "示例市人民政府：", ""));
        assertThat(items).allMatch(i -> i.author().equals(ReviewItem.UNTRACKED));

        assertThat(session.acceptAll(report.id(), null)).as("the emptied field; the retyped title by hand").isEqualTo(1);
        Report after = store.load(report.id());
        assertThat(after.recipient()).isNullOrEmpty();
        assertThat(after.title()).isEqualTo(ReviewFixtures.TITLE);
    }

    /**
     * Threaded replies and LibreOffice 7.4 (tried 2026-11-30 with 7.4.7, Debian's -nogui packages):
     * it cannot make one. Its Annotation field has no parent property (its properties: Author,
     * Content, Date, DateTimeValue, Initials, Name, Resolved, TextRange and the text-content ones; the
     * ParentName of later versions is missing), .uno:ReplyComment needs a view whose comment window
     * these packages cannot build (see lo_review.py), and above all its .docx export writes no
     * w15:paraIdParent at all: a file holding a reply threaded by Word comes out of LibreOffice with
     * that reply a comment of its own, and commentsExtended.xml written only when a comment is
     * resolved (paraId and done). So a LibreOffice reviewer's answer is always a new comment; what
     * this test holds is that the thread an export carried back survives LibreOffice's flattening:
     * the comment and its reply are still recognised as the stored ones, nothing listed twice.
     */
    @Test
    void aThreadCarriedBackThroughLibreOfficeIsStillTheStoredThread() throws Exception {
        ReviewSession session = new ReviewSession(store);
        WordReturn word = WordReturn.of(export);
        int asked = word.comment("化解行政争议", "请补充行政应诉数据", "李审核", "LSH");
        word.reply(asked, "稍后补充", "王法制", "WFZ");
        session.importFile(word.write(dir.resolve("一审.docx")), null);
        Path second = dir.resolve("第二稿.docx");
        new ExportForReview(store).export(store.load(report.id()), second);

        Path round2 = dir.resolve("二审.docx");
        libreOffice(second, round2, "刘法规", "LFG", """
                [{"comment": ["加强组织领导", "同意"]}]""");
        // 7.4 writes the reply without its parent (see above); a later version that keeps it reads the same

        ReviewImport later = session.importFile(round2, null);
        assertThat(later.items()).extracting(ReviewItem::newText).containsExactly("同意");
        assertThat(store.reviews().imports(report.id()).get(0).items()).extracting(ReviewItem::newText)
                .containsExactly("请补充行政应诉数据", "稍后补充");
        assertThat(session.pending(report.id())).extracting(p -> p.item().newText())
                .containsExactly("请补充行政应诉数据", "稍后补充", "同意");
    }

    private void libreOffice(Path in, Path out, String author, String initials, String ops) throws Exception {
        Path script = dir.resolve("lo_review.py");
        if (!Files.exists(script)) {
            try (InputStream s = getClass().getResourceAsStream("lo_review.py")) {
                Files.copy(s, script);
            }
        }
        Path opsFile = Files.writeString(dir.resolve("ops-" + initials + ".json"), ops, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), in.toString(),
                out.toString(), author, initials, opsFile.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(log).exists();
    }

    private static boolean hasLibreOfficeUno() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import uno; import shutil; assert shutil.which('soffice')")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
