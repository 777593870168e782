package org.nianbao.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.checks.FindingView;
import org.nianbao.ui.tables.MetricsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Open errors in the document: one click on a finding selects it in the text; export asks first
 * ("仍然导出" or "去修改"); the chooser opens where this report went last.
 */
class ExportWarningTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void openErrorsAreListedAndGoingToFixThemExportsNothingAndShowsTheFirst(FxRobot robot) throws Exception {
        makeAnError(robot);
        fixture.dialogs.confirmAnswer = false;
        Path target = folder.resolve("out").resolve("年度报告.docx");
        Files.createDirectories(target.getParent());
        fixture.dialogs.answer(target);

        robot.interact(() -> fixture.window.exportFile());
        FxSettle.settle();

        assertThat(fixture.dialogs.lastConfirmation).contains("2 处错误", "一、（二）", "审结率");
        assertThat(Files.exists(target)).isFalse();
        FindingView first = fixture.window.checks().findings().stream()
                .filter(f -> f.level() == FindingView.Level.ERROR).findFirst().orElseThrow();
        assertThat(fixture.window.document().area().getSelectedText())
                .isEqualTo("全年受理行政复议案件40件，审结36件，审结率为90%。".substring(first.start(), first.end()));
    }

    @Test
    void exportAnywayWritesTheFileAndTheNextExportOpensInThatFolder(FxRobot robot) throws Exception {
        makeAnError(robot);
        assertThat(fixture.dialogs.lastFolder).isNull();
        Path target = folder.resolve("out").resolve("年度报告.docx");
        Files.createDirectories(target.getParent());
        fixture.dialogs.answer(target);

        robot.interact(() -> fixture.window.exportFile());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(fixture.dialogs.lastFolder).as("first export: the documents folder or home")
                .isNotEqualTo(target.getParent());

        robot.interact(() -> fixture.window.exportFile());
        FxSettle.settle();
        assertThat(fixture.dialogs.lastFolder).isEqualTo(target.getParent().toAbsolutePath());
    }

    @Test
    void oneClickOnAFindingScrollsTheDocumentThereAndSelectsIt(FxRobot robot) {
        makeAnError(robot);
        FindingView rate = fixture.window.checks().findings().stream()
                .filter(f -> f.level() == FindingView.Level.ERROR && f.message().contains("审结率")).findFirst().orElseThrow();

        robot.clickOn(node -> node instanceof javafx.scene.control.TreeCell<?> c && c.getItem() == rate);
        FxSettle.settle();

        var area = fixture.window.document().area();
        assertThat(area.getSelectedText()).isEqualTo("审结率为90%");
        assertThat(area.getStyleAtPosition(area.getSelection().getStart() + 1)).contains("figure-mismatch");
        assertThat(area.isFocused()).isTrue();
    }

    private void makeAnError(FxRobot robot) {
        fixture.awaitChecks();
        robot.interact(() -> new MetricsModel(fixture.session).setValue(1, "30")); // 审结率 90% no longer holds
        fixture.awaitChecks();
        assertThat(fixture.window.checks().count(FindingView.Level.ERROR)).isEqualTo(2); // 审结36件 and 审结率90%
    }
}
