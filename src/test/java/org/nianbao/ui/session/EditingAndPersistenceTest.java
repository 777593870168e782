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
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.tables.MetricsPane;
import org.nianbao.ui.tables.TableCells;
import org.nianbao.ui.tables.ValidatedTextCell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class EditingAndPersistenceTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    /** The document paragraph of the first sub-section's only paragraph. */
    private static final int FIRST_BODY = 4;
    private static final String FIRST = "区政府常务会议专题研究法治政府建设工作4次。";

    @Test
    void chineseTypedIntoASectionIsSavedAndTheStatusSaysSo(FxRobot robot) {
        caretAtEnd(robot, FIRST_BODY);
        robot.type(KeyCode.ENTER).write("全年举办法治讲座12场。");
        FxSettle.settle();

        Report stored = fixture.reload();
        assertThat(stored.sections().get(0).children().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly(FIRST, "全年举办法治讲座12场。");
        FxSettle.settle();
        assertThat(robot.lookup("#status").queryAs(Labeled.class).getText()).startsWith("已保存");
    }

    @Test
    void typingIsUndoneAndRedoneWithCtrlZAndCtrlY(FxRobot robot) {
        caretAtEnd(robot, FIRST_BODY);
        robot.write("新增");
        FxSettle.settle();
        assertThat(area().getParagraph(FIRST_BODY).getText()).isEqualTo(FIRST + "新增");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(area().getParagraph(FIRST_BODY).getText()).isEqualTo(FIRST);
        assertThat(fixture.reload().sections().get(0).children().get(0).paragraphs().get(0).text()).isEqualTo(FIRST);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(area().getParagraph(FIRST_BODY).getText()).isEqualTo(FIRST + "新增");
    }

    @Test
    void everythingIsThereAfterClosingAndReopeningTheDatabase(FxRobot robot) {
        robot.clickOn(cell("三、2024年工作安排"));
        robot.clickOn("#outline-add");
        FxSettle.settle();
        int heading = area().getParagraphs().size() - 1;
        while (!"新标题".equals(area().getParagraph(heading).getText())) {
            heading--;
        }
        int at = heading;
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(at, 0, at, 3);
        });
        robot.write("其他需要报告的情况").type(KeyCode.ENTER).write("无。");
        robot.clickOn("#tab-metrics");
        robot.clickOn("#metrics-add");
        FxSettle.settle();
        TableCells.type(robot, MetricsPane.TABLE_ID, "metrics-value", 3, "12");
        FxSettle.settle();

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
        FxSettle.settle();

        ValidatedTextCell<?> editing = robot.lookup(".validated-editor").queryAs(javafx.scene.control.TextField.class)
                .getParent() instanceof ValidatedTextCell<?> c ? c : null;
        assertThat(editing).isNotNull();
        assertThat(editing.isEditing()).isTrue();
        assertThat(editing.validation().isInvalid()).isTrue();
        assertThat(editing.validation().getValidationResult().getErrors())
                .extracting(m -> m.getText()).containsExactly("“四十件”不是数字：请只填写数字，如 208 或 63.8，不带单位");
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo("40");

        robot.eraseText(3).write("４２").type(KeyCode.ENTER);
        FxSettle.settle();
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo("42");
    }

    private org.nianbao.ui.document.DocumentArea area() {
        return fixture.window.document().area();
    }

    private void caretAtEnd(FxRobot robot, int paragraph) {
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(paragraph, area().getParagraph(paragraph).length());
        });
        FxSettle.settle();
    }

    private static java.util.function.Predicate<javafx.scene.Node> cell(String text) {
        return node -> node instanceof javafx.scene.control.TreeCell<?> c && text.equals(c.getText());
    }

}
