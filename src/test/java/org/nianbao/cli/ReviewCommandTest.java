package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.review.ReviewFixtures;
import org.nianbao.review.WordReturn;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.BadFiles;

/** {@code review FILE.docx [--report ID] [--json] [--accept-all [--author NAME]]}. */
class ReviewCommandTest {

    @TempDir
    Path dir;
    private Path db;
    private Report report;
    private Path export;

    @BeforeEach
    void exportTheReport() {
        db = ReviewFixtures.database(dir);
        try (ReportStore store = ReportStore.open(db)) {
            report = store.insert(ReviewFixtures.report());
        }
        export = dir.resolve("送审稿.docx");
        CliRun run = CliRun.of("--db", db.toString(), "export", report.id().toString(), "--out", export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private CliRun review(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "review";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private String paragraph(int outlineIndex, int paragraph) {
        try (ReportStore store = ReportStore.open(db)) {
            return store.load(report.id()).outline().get(outlineIndex).section().paragraphs().get(paragraph).text();
        }
    }

    @Test
    void listsChangesAndCommentsBySectionAndReviewer() throws Exception {
        WordReturn word = WordReturn.of(export).replace("208", "218", "李审核").insertAfter("参训干部", "累计", "王法制");
        word.comment("化解行政争议", "请核实数字", "李审核", "LSH");
        Path returned = word.write(dir.resolve("返回.docx"));

        CliRun run = review(returned.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("待处理修订 2 处，批注 1 条，冲突 0 处")
                .contains("（一）加强组织领导").contains("王法制").contains("插入 “累计”")
                .contains("（二）化解行政争议").contains("替换 “208” → “218”").contains("【数字核对出错】")
                .contains("批注（“化解行政争议”）：请核实数字");
        assertThat(run.out().indexOf("王法制")).as("document order").isLessThan(run.out().indexOf("李审核"));
        assertThat(paragraph(2, 0)).as("listing changes nothing").contains("208件");
    }

    @Test
    void jsonGivesTheStructure() throws Exception {
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").write(dir.resolve("返回.docx"));
        CliRun run = review(returned.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"report\": {\"id\": " + report.id())
                .contains("\"kind\": \"replacement\"").contains("\"oldText\": \"208\"").contains("\"newText\": \"218\"")
                .contains("\"author\": \"李审核\"").contains("\"breaksFigure\": true").contains("\"conflicts\": 0");
    }

    @Test
    void acceptAllOfOneAuthorAppliesOnlyTheirChanges() throws Exception {
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").insertAfter("参训干部", "累计", "王法制")
                .write(dir.resolve("返回.docx"));
        CliRun run = review(returned.toString(), "--accept-all", "--author", "王法制");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已接受修订 1 处");
        assertThat(paragraph(1, 1)).isEqualTo("全区开展法治培训12场，参训干部累计860人次。");
        assertThat(paragraph(2, 0)).contains("208件");

        CliRun all = review(returned.toString(), "--accept-all");
        assertThat(all.out()).as("the same file again: its pending change, nothing duplicated").contains("已接受修订 1 处");
        assertThat(paragraph(2, 0)).contains("218件");
        assertThat(paragraph(1, 1)).isEqualTo("全区开展法治培训12场，参训干部累计860人次。");
    }

    @Test
    void theTitleAndTheDateAreListedOnTheirFieldsAndAcceptAllAppliesThem() throws Exception {
        Path returned = WordReturn.of(export).replace("年度报告", "情况报告", "李审核").replace("20日", "26日", "李审核")
                .write(dir.resolve("返回.docx"));
        CliRun list = review(returned.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("（标题）").contains("替换 “年度报告” → “情况报告”")
                .contains("（成文日期）").contains("替换 “20日” → “26日”").doesNotContain("需手工处理");
        assertThat(review(returned.toString(), "--json").out()).contains("\"field\": \"title\"", "\"field\": \"date\"");

        CliRun run = review(returned.toString(), "--accept-all");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已接受修订 2 处");
        try (ReportStore store = ReportStore.open(db)) {
            Report now = store.load(report.id());
            assertThat(now.title()).isEqualTo("示例区2023年法治政府建设情况报告");
            assertThat(now.date()).isEqualTo(java.time.LocalDate.of(2024, 1, 26));
        }
    }

    @Test
    void aTrackedDeletionAcrossTwoSectionsIsListedForTheOfficerAndAcceptAllLeavesIt() throws Exception {
        // returned file way (1): Word's markup, made in code (WordReturn)
        Path returned = WordReturn.of(export).deleteAcross("参训干部860人次。", "（二）化解", "李审核")
                .replace("208", "218", "王法制").write(dir.resolve("返回.docx"));
        CliRun run = review(returned.toString(), "--accept-all");
        assertThat(run.exitCode()).as("by hand is no conflict: " + run.err()).isZero();
        assertThat(run.out()).contains("已接受修订 1 处").contains("（一）加强组织领导")
                .contains("删除 “参训干部860人次。¶（二）化解”").contains("【需手工处理】").contains("“（二）化解行政争议”");
        assertThat(paragraph(1, 1)).as("never applied in part").isEqualTo("全区开展法治培训12场，参训干部860人次。");
        assertThat(paragraph(2, 0)).as("the other reviewer's change applied").contains("218件");
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.load(report.id()).outline().get(2).section().heading()).isEqualTo("化解行政争议");
        }
        assertThat(review(returned.toString(), "--json").out()).contains("\"crossesInto\": \"（二）化解行政争议\"");
    }

    @Test
    void aDeletedParagraphMarkBetweenTwoSectionsIsListedForTheOfficerAndAcceptAllLeavesIt() throws Exception {
        // returned file way (1): Word's markup, made in code (WordReturn)
        Path returned = WordReturn.of(export).deleteParagraphMark("参训干部860人次。", "李审核").write(dir.resolve("返回.docx"));
        CliRun run = review(returned.toString(), "--accept-all");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已接受修订 0 处").contains("删除 “¶”").contains("【需手工处理】");
        assertThat(paragraph(1, 1)).isEqualTo("全区开展法治培训12场，参训干部860人次。");
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.load(report.id()).outline()).isEqualTo(report.outline());
        }
    }

    @Test
    void aCommentOnTheTitleIsListedUnderTheTitle() throws Exception {
        // returned file way (1): Word's markup, made in code (WordReturn)
        WordReturn word = WordReturn.of(export);
        word.comment("年度报告", "标题是否改为“工作报告”？", "李审核", "LSH");
        CliRun run = review(word.write(dir.resolve("返回.docx")).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("批注 1 条").contains("（标题）\n  [").contains("批注（“年度报告”）：标题是否改为")
                .doesNotContain("需手工处理").doesNotContain("正文章节之外");
    }

    @Test
    void exitsOneWhileAConflictRemains() throws Exception {
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").write(dir.resolve("返回.docx"));
        try (ReportStore store = ReportStore.open(db)) {
            Section s = store.load(report.id()).outline().get(2).section();
            store.updateSection(s.withParagraphs(java.util.List.of(Paragraph.of("全年受理行政复议案件210件。"))));
        }
        CliRun run = review(returned.toString(), "--accept-all");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_ERRORS);
        assertThat(run.out()).contains("【冲突】").contains("210");
        assertThat(paragraph(2, 0)).isEqualTo("全年受理行政复议案件210件。");
    }

    @Test
    void badFilesExitTwoWithOneLineAndChangeNothing() throws Exception {
        long before = Files.size(db);
        Path text = BadFiles.write(dir, "返回.docx", "这不是Word文档".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path encrypted = BadFiles.write(dir, "加密.docx", BadFiles.encryptedDocx());
        Path bomb = BadFiles.write(dir, "炸弹.docx", BadFiles.zipBomb(300));
        Path missing = dir.resolve("没有.docx");
        assertBad(review(text.toString()), "不是 Word");
        assertBad(review(encrypted.toString()), "密码");
        assertBad(review(bomb.toString()), "压缩炸弹");
        assertBad(review(missing.toString()), "无法读取");
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.reviews().imports(report.id())).isEmpty();
        }
    }

    @Test
    void anAuthorWithoutAcceptAllIsAUsageError() throws Exception {
        Path returned = WordReturn.of(export).replace("208", "218", "李审核").write(dir.resolve("返回.docx"));
        assertBad(review(returned.toString(), "--author", "李审核"), "--accept-all");
        assertThat(paragraph(2, 0)).contains("208件");
    }

    @Test
    void aFileFromAnotherReportExitsTwo() throws Exception {
        Path returned = WordReturn.of(export).claimingReport("999").write(dir.resolve("别处.docx"));
        assertBad(review(returned.toString()), "另一份报告");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    }
}
