package org.nianbao.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import javafx.stage.Stage;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.tables.MetricsPane;
import org.nianbao.ui.tables.TableCells;
import org.nianbao.ui.tables.ValidatedTextCell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class EditingAndPersistenceTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Test
    void chineseTypedIntoASectionIsSavedAndTheStatusSaysSo(FxRobot robot) {
        selectSection(robot, "（一）强化组织领导");
        robot.interact(() -> fixture.window.editor().body().moveTo(fixture.window.editor().body().getLength()));
        robot.clickOn("#body").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER).write("全年举办法治讲座12场。");
        WaitForAsyncUtils.waitForFxEvents();

        Report stored = fixture.reload();
        assertThat(stored.sections().get(0).children().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("区政府常务会议专题研究法治政府建设工作4次。", "全年举办法治讲座12场。");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(Labeled.class).getText()).startsWith("已保存");
    }

    @Test
    void textCommittedByAnInputMethodLandsInTheSectionAndIsSaved(FxRobot robot) {
        selectSection(robot, "（一）强化组织领导");
        var body = fixture.window.editor().body();
        robot.clickOn("#body").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.interact(() -> {
            // Pinyin being composed (fazhi), then the characters the officer picked.
            javafx.event.Event.fireEvent(body, new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    java.util.List.of(new javafx.scene.input.InputMethodTextRun("fazhi",
                            javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)), "", 5));
            javafx.event.Event.fireEvent(body, new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, java.util.List.of(), "法治", 0));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(body.getText()).isEqualTo("区政府常务会议专题研究法治政府建设工作4次。法治");
        assertThat(fixture.reload().sections().get(0).children().get(0).paragraphs().get(0).text())
                .isEqualTo("区政府常务会议专题研究法治政府建设工作4次。法治");
    }

    @Test
    void headingTypedInTheEditorRenamesTheOutlineEntry(FxRobot robot) {
        selectSection(robot, "（二）化解矛盾纠纷");
        robot.doubleClickOn("#heading").eraseText(6).write("依法化解矛盾纠纷");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window.outline().tree().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("（二）依法化解矛盾纠纷");
        assertThat(fixture.reload().sections().get(0).children().get(1).heading()).isEqualTo("依法化解矛盾纠纷");
    }

    @Test
    void typingIsUndoneAndRedoneWithCtrlZAndCtrlY(FxRobot robot) {
        selectSection(robot, "（一）强化组织领导");
        robot.clickOn("#body").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write("新增");
        WaitForAsyncUtils.waitForFxEvents();
        String typed = fixture.window.editor().body().getText();
        assertThat(typed).endsWith("4次。新增");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.editor().body().getText()).isEqualTo("区政府常务会议专题研究法治政府建设工作4次。");
        assertThat(fixture.reload().sections().get(0).children().get(0).paragraphs().get(0).text())
                .isEqualTo("区政府常务会议专题研究法治政府建设工作4次。");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.editor().body().getText()).isEqualTo(typed);
    }

    @Test
    void everythingIsThereAfterClosingAndReopeningTheDatabase(FxRobot robot) {
        robot.clickOn(cell("三、2024年工作安排"));
        robot.clickOn("#outline-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#heading").eraseText(3).write("其他需要报告的情况");
        robot.clickOn("#body").write("无。");
        robot.clickOn("#tab-metrics");
        robot.clickOn("#metrics-add");
        WaitForAsyncUtils.waitForFxEvents();
        TableCells.type(robot, MetricsPane.TABLE_ID, "metrics-value", 3, "12");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> fixture.session.close());
        WindowFixture reopened = new WindowFixture(folder);
        try {
            robot.interact(() -> reopened.show(stage));
            Report report = reopened.session.report();
            assertThat(report.sections()).hasSize(4);
            assertThat(report.sections().get(3).heading()).isEqualTo("其他需要报告的情况");
            assertThat(report.sections().get(3).paragraphs()).containsExactly(new Paragraph("无。"));
            assertThat(report.metrics()).extracting(Metric::value).contains(new BigDecimal("12"));
            assertThat(reopened.window.outline().tree().getRoot().getChildren().get(3).getValue().label())
                    .isEqualTo("四、其他需要报告的情况");
        } finally {
            reopened.close();
        }
    }

    @Test
    void aValueThatIsNotANumberIsRefusedWhereItIsTypedWithTheReason(FxRobot robot) {
        robot.clickOn("#tab-metrics");
        TableCells.type(robot, MetricsPane.TABLE_ID, "metrics-value", 0, "四十件");
        WaitForAsyncUtils.waitForFxEvents();

        ValidatedTextCell<?> editing = robot.lookup(".validated-editor").queryAs(javafx.scene.control.TextField.class)
                .getParent() instanceof ValidatedTextCell<?> c ? c : null;
        assertThat(editing).isNotNull();
        assertThat(editing.isEditing()).isTrue();
        assertThat(editing.validation().isInvalid()).isTrue();
        assertThat(editing.validation().getValidationResult().getErrors())
                .extracting(m -> m.getText()).containsExactly("“四十件”不是数字：请只填写数字，如 208 或 63.8，不带单位");
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo("40");

        robot.eraseText(3).write("４２").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo("42");
    }

    private void selectSection(FxRobot robot, String label) {
        robot.clickOn(cell(label));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.function.Predicate<javafx.scene.Node> cell(String text) {
        return node -> node instanceof javafx.scene.control.TreeCell<?> c && text.equals(c.getText());
    }

}
