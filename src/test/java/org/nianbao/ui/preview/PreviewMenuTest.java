package org.nianbao.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class PreviewMenuTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void filePagePreviewOpensThePagesOfTheReportShown(FxRobot robot) throws Exception {
        robot.clickOn("文件").clickOn("页面预览");
        // the first layout scans the installed fonts and reads their metrics: seconds on a busy machine
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + PreviewPane.STATUS_ID).tryQuery().isPresent()
                && robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText().startsWith("第 1 页"));
        String status = robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText();
        assertThat(status).matches("第 1 页，共 \\d+ 页");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void fileExportToPdfPrintsThePages(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.nianbao.layout.fonts.InstalledFonts.system().hasChinese(),
                "no Chinese font installed (apt-get install fonts-noto-cjk)");
        java.nio.file.Path target = folder.resolve("年度报告.pdf");
        fixture.dialogs.answer(target);
        robot.clickOn("文件").clickOn("导出为 PDF…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fixture.window.transfer().busyProperty().get()
                && fixture.window.transfer().exportedProperty().get() != null);
        assertThat(fixture.dialogs.lastSuggestedName).isEqualTo("示例区2023年法治政府建设年度报告.pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("示例区2023年法治政府建设年度报告");
        }
    }
}
