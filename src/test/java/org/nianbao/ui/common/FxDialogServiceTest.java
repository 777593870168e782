package org.nianbao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real dialogs behind DialogService: each button gives its own answer, a cancel gives none. */
@ExtendWith(WindowExtension.class)
class FxDialogServiceTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("主窗口"), 400, 300));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
        dialogs = new FxDialogService(() -> stage);
    }

    /** Opens a dialog on the FX thread (it waits there for its answer) and returns the answer to come. */
    private static <T> CompletableFuture<T> ask(Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.get()));
        FxSettle.settle();
        return answer;
    }

    private static DialogPane pane(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void eachAnswerButtonGivesItsAnswerAndCancelGivesNone(FxRobot robot) throws Exception {
        Supplier<Optional<String>> question = () -> dialogs.chooseAnswer("数值与已录入的不同", "司法局报送的数值与已录入的不同：",
                "“受理”：已录入 40，表中为 42", List.of("returned", "entered"),
                a -> a.equals("returned") ? "采用部门报送的" : "保留已录入的");

        CompletableFuture<Optional<String>> kept = ask(question);
        assertThat(pane(robot).getHeaderText()).isEqualTo("司法局报送的数值与已录入的不同：");
        robot.clickOn("保留已录入的");
        assertThat(kept.get(10, TimeUnit.SECONDS)).contains("entered");

        CompletableFuture<Optional<String>> cancelled = ask(question);
        robot.clickOn(pane(robot).lookupButton(ButtonType.CANCEL));
        assertThat(cancelled.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void typedTextComesBackStrippedAndBlankIsACancel(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> renamed = ask(() -> dialogs.askText("重命名标题", null, "标题：", "强化组织领导"));
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("强化组织领导");
        javafx.scene.text.Text heading = new javafx.scene.text.Text("2023年党政主要负责人履行推进法治建设第一责任人职责情况");
        heading.setFont(field.getFont());
        assertThat(field.getWidth()).as("a long heading shows whole").isGreaterThan(heading.getLayoutBounds().getWidth());
        robot.interact(() -> field.setText("  加强组织领导 "));
        robot.clickOn(pane(robot).lookupButton(ButtonType.OK));
        assertThat(renamed.get(10, TimeUnit.SECONDS)).contains("加强组织领导");

        CompletableFuture<Optional<String>> blank = ask(() -> dialogs.askText("重命名标题", null, "标题：", ""));
        robot.clickOn(pane(robot).lookupButton(ButtonType.OK));
        assertThat(blank.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aConfirmationWithItsOwnWordsIsTrueOnlyForGoingOn(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> goOn = ask(() -> dialogs.confirm("检查发现错误", "有 2 处错误", "仍然导出", "去修改"));
        robot.clickOn("仍然导出");
        assertThat(goOn.get(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> back = ask(() -> dialogs.confirm("检查发现错误", "有 2 处错误", "仍然导出", "去修改"));
        robot.clickOn("去修改");
        assertThat(back.get(10, TimeUnit.SECONDS)).isFalse();
    }

    /** The export's list of open errors, ten long ones: on 1366×768 the dialog's buttons were off the screen. */
    @Test
    void aLongWarningScrollsAndItsButtonsStayOnTheScreen(FxRobot robot) throws Exception {
        String errors = "检查发现 10 处错误，导出后这些错误会留在文件里：" + "\n· 一、（六） 办结率写作97.47%，但按办结1203÷受理1247计算为96.472%，四舍五入保留2位小数应为96.47%。请核对办结率或所用数字。".repeat(10);
        CompletableFuture<Boolean> answer = ask(() -> dialogs.confirm("检查还有错误", errors, "仍然导出", "去修改"));
        DialogPane pane = pane(robot);
        javafx.scene.control.ScrollPane form = robot.lookup(".dialog-pane .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> ScreenFit.fitTo(pane, form, new javafx.geometry.Rectangle2D(0, 0, 1366, 400)));
        FxSettle.settle();

        javafx.stage.Window window = pane.getScene().getWindow();
        assertThat(window.getHeight()).isLessThanOrEqualTo(400);
        javafx.scene.Node goOn = pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(goOn.localToScreen(goOn.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(window.getY() + window.getHeight());
        assertThat(robot.lookup("#dialog-long-message").queryLabeled().getText()).isEqualTo(errors);
        robot.clickOn("去修改");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
