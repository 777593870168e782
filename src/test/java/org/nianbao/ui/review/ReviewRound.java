package org.nianbao.ui.review;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nianbao.review.WordReturn;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** One review round through the window: export, the reviewers' returned file, File → 导入审阅意见. */
final class ReviewRound {

    private ReviewRound() {
    }

    /**
     * Exports through the window (recording the snapshot), then makes the reviewers' returned file
     * (markup as Word writes it): 208→218 and a deletion by 李审核, an insertion by 王法制, a comment
     * on a heading.
     */
    static Path returnedFile(WindowFixture fixture, Path folder, FxRobot robot) throws Exception {
        WordReturn word = WordReturn.of(exported(fixture, folder, robot))
                .replace("208", "218", "李审核")
                .insertAfter("参训干部", "累计", "王法制")
                .delete("着力加强执法监督。", "李审核");
        word.comment("化解行政争议", "标题是否改为“依法化解行政争议”？", "李审核", "LSH");
        return word.write(folder.resolve("返回.docx"));
    }

    /** File → 导出为 Word… to 送审稿.docx in the folder (the export's snapshot recorded); the file, once written. */
    static Path exported(WindowFixture fixture, Path folder, FxRobot robot) throws Exception {
        Path export = folder.resolve("送审稿.docx");
        fixture.dialogs.answer(export);
        robot.clickOn("文件").clickOn("导出为 Word…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fixture.window.transfer().busyProperty().get()
                && fixture.window.transfer().exportedProperty().get() != null);
        return export;
    }

    static ReviewPane importReview(WindowFixture fixture, FxRobot robot, Path file, int rows) throws Exception {
        fixture.dialogs.answer(file);
        robot.clickOn("文件").clickOn("导入审阅意见…");
        ReviewPane pane = fixture.window.reviewPane();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == rows);
        FxSettle.settle();
        return pane;
    }
}
