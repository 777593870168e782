package org.nianbao.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.GlyphWidths;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.TextLocation;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowExtension;
import org.nianbao.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page preview: pages follow the report, page turning, a click finds the text, the caret its page. */
@ExtendWith(WindowExtension.class)
class PreviewPaneTest {

    private PreviewModel model;
    private PreviewPane pane;

    @Start
    void start(Stage stage) {
        PageLayout layout = new PageLayout(GlyphWidths.fixed());
        model = new PreviewModel(layout::layOut);
        pane = new PreviewPane(model, Messages.of(java.util.Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene(pane, 700, 700));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
    }

    /** The small report with a long preamble: several pages. */
    private static Report longReport(int paragraphs) {
        Report small = ExportFixtures.small();
        List<Paragraph> preamble = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            preamble.add(Paragraph.of(ExportFixtures.plainText(200, i)));
        }
        return small.withPreamble(preamble);
    }

    private void show(FxRobot robot, Report report) throws Exception {
        robot.interact(() -> model.reportProperty().set(report));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> model.pagesProperty().get() != null
                && model.pageCount() == new PageLayout(GlyphWidths.fixed()).layOut(report).pageCount());
        FxSettle.settle();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText();
    }

    @Test
    void thePagesFollowTheReportWithinASecondAndTheStatusCountsThem(FxRobot robot) throws Exception {
        show(robot, longReport(3));
        int few = model.pageCount();
        assertThat(status(robot)).isEqualTo("第 1 页，共 " + few + " 页");
        show(robot, longReport(30));
        assertThat(model.pageCount()).isGreaterThan(few);
        assertThat(status(robot)).isEqualTo("第 1 页，共 " + model.pageCount() + " 页");
    }

    @Test
    void aScreenshotOfThePreviewShowsTheFirstPage(FxRobot robot) throws Exception {
        show(robot, ExportFixtures.withEverything(ExportFixtures.small()));
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = pane.snapshot(null, null));
        org.nianbao.ui.common.Screenshots.writePng(image[0], java.nio.file.Path.of("target", "screenshots", "page-preview.png"));
        assertThat(image[0].getWidth()).isGreaterThan(600);
    }

    @Test
    void pageDownAndPageUpTurnThePages(FxRobot robot) throws Exception {
        show(robot, longReport(30));
        robot.clickOn("#" + PreviewPane.CANVAS_ID).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        FxSettle.settle();
        assertThat(model.pageProperty().get()).isEqualTo(2);
        assertThat(status(robot)).startsWith("第 3 页");
        robot.clickOn("#previewPageUp");
        FxSettle.settle();
        assertThat(model.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void aClickOnAPageFindsTheTextUnderIt(FxRobot robot) throws Exception {
        show(robot, longReport(3));
        LaidOutReport pages = model.pagesProperty().get();
        PlacedLine line = pages.pages().get(0).textLines().stream()
                .filter(l -> !l.runs().isEmpty() && l.runs().get(0).location().part() == TextLocation.Part.PREAMBLE)
                .findFirst().orElseThrow();
        PlacedRun run = line.runs().get(0);
        double scale = pane.scale();
        javafx.scene.canvas.Canvas canvas = robot.lookup("#" + PreviewPane.CANVAS_ID).queryAs(javafx.scene.canvas.Canvas.class);
        Point2D screen = canvas.localToScreen((run.x()[5] + 3) * scale, (line.top() + line.height() / 2) * scale);
        robot.clickOn(screen);
        FxSettle.settle();
        assertThat(model.clickedProperty().get()).isEqualTo(run.location().plus(5));
    }

    @Test
    void theCaretShowsItsPage(FxRobot robot) throws Exception {
        show(robot, longReport(30));
        LaidOutReport pages = model.pagesProperty().get();
        PlacedRun onPage4 = pages.pages().get(3).textLines().get(5).runs().get(0);
        robot.interact(() -> model.caretProperty().set(onPage4.location().plus(2)));
        assertThat(model.pageProperty().get()).isEqualTo(3);
        assertThat(status(robot)).startsWith("第 4 页");
    }
}
