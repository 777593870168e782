package org.nianbao.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → 导出为 OFD… prints the report's pages as OFD, where the officer chose. */
class OfdMenuTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void fileExportToOfdPrintsThePages(FxRobot robot) throws Exception {
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        Path target = folder.resolve("年度报告.ofd");
        fixture.dialogs.answer(target);
        robot.clickOn("文件").clickOn("导出为 OFD…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fixture.window.transfer().busyProperty().get()
                && fixture.window.transfer().exportedProperty().get() != null);
        assertThat(fixture.dialogs.lastSuggestedName).isEqualTo("示例区2023年法治政府建设年度报告.ofd");
        try (var ofd = new org.ofdrw.reader.OFDReader(target)) {
            assertThat(String.join("", new org.ofdrw.reader.ContentExtractor(ofd).extractAll()))
                    .contains("示例区2023年法治政府建设年度报告");
        }
    }
}
