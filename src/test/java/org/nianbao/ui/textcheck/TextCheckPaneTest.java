package org.nianbao.ui.textcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowExtension;
import org.nianbao.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** "核对一段文字": pasted material without headings gets its figures checked (issue 9). */
@ExtendWith(WindowExtension.class)
class TextCheckPaneTest {

    private static final String MATERIAL = "全年共受理行政复议案件2410件，审结2288件，审结率94.94%。\n"
            + "登记矛盾纠纷4,120件，化解3,790件，化解率92%。\n"
            + "共受理2,140件，同比增加160件，增幅8.08%。其中交通类321件，占25%。";

    private TextCheckPane pane;

    @Start
    void start(Stage stage) {
        pane = new TextCheckPane(Messages.load()::get);
        stage.setScene(new Scene(pane, 760, 520));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void pastedMaterialIsCheckedFigureByFigure(FxRobot robot) throws Exception {
        robot.interact(() -> pane.input().setText(MATERIAL));
        robot.clickOn("#" + TextCheckPane.RUN_ID);
        FxSettle.settle();

        assertThat(pane.results().getItems()).anyMatch(l -> l.contains("审结率94.94%") && l.contains("相符"))
                .anyMatch(l -> l.contains("化解率92%") && l.contains("相符"))
                .anyMatch(l -> l.startsWith("【错误】第3段") && l.contains("占25%") && l.contains("15.00%"))
                .noneMatch(l -> l.contains("提纲") || l.contains("成文日期"));
        Label summary = robot.lookup("#" + TextCheckPane.SUMMARY_ID).queryAs(Label.class);
        assertThat(summary.getText()).startsWith("错误1项").contains("已核对3项");

        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(pane.getScene().snapshot(null)));
        org.nianbao.ui.common.ScreenshotsAccess.writePng(shot.get(), Path.of("docs/screenshots/text-check.png"));
    }
}
