package org.nianbao.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.Page;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.TextLocation;
import org.nianbao.model.Paragraph;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.document.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11: the pages beside the document view, linked both ways and following the edits. */
class PreviewBesideTest extends WindowTest {

    private static final int PREAMBLE = 30;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(folder);
        fixture.tab = "tab-document";
        List<Paragraph> preamble = new ArrayList<>();
        for (int i = 0; i < PREAMBLE; i++) {
            preamble.add(Paragraph.of(ExportFixtures.plainText(200, i)));
        }
        fixture.seed = Fixtures.smallReport().withPreamble(preamble); // about a dozen pages
        fixture.show(stage);
    }

    private PreviewBeside beside() {
        return fixture.window.pagesBeside();
    }

    private PreviewModel model() {
        return beside().model().orElseThrow();
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    /** 视图 → 在全文旁显示页面, and the pages of the report shown laid out. */
    private LaidOutReport showPages(FxRobot robot) throws Exception {
        robot.clickOn("视图").clickOn("在全文旁显示页面");
        // the first layout scans the installed fonts: seconds on a busy machine
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> beside().model().isPresent()
                && model().pagesProperty().get() != null);
        FxSettle.settle();
        return model().pagesProperty().get();
    }

    @Test
    void theViewMenuPutsThePagesBesideTheDocumentAndTheStatusBarCountsThem(FxRobot robot) throws Exception {
        LaidOutReport pages = showPages(robot);
        assertThat(pages.pageCount()).isGreaterThan(5);
        assertThat(robot.lookup("#" + PreviewBeside.SPLIT_ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#" + PreviewPane.ID).tryQuery()).isPresent();
        assertThat(area().getScene()).isNotNull();
        assertThat(robot.lookup("#" + PreviewBeside.PAGE_COUNT_ID).queryAs(Label.class).getText())
                .isEqualTo("共 " + pages.pageCount() + " 页");
        robot.clickOn("视图").clickOn("在全文旁显示页面");
        FxSettle.settle();
        assertThat(robot.lookup("#" + PreviewPane.ID).tryQuery()).isEmpty();
        assertThat(robot.lookup("#" + PreviewBeside.PAGE_COUNT_ID).tryQuery()).isEmpty();
        assertThat(area().getScene()).as("the document stays in its tab").isNotNull();
    }

    @Test
    void aClickOnAPageSelectsThatLinesTextInTheDocument(FxRobot robot) throws Exception {
        LaidOutReport pages = showPages(robot);
        int page = 3;
        robot.interact(() -> model().pageProperty().set(page));
        PlacedLine line = pages.pages().get(page).textLines().stream()
                .filter(l -> l.runs().size() == 1 && l.runs().get(0).location().part() == TextLocation.Part.PREAMBLE)
                .findFirst().orElseThrow();
        PlacedRun run = line.runs().get(0);
        PreviewPane pane = beside().pane().orElseThrow();
        Canvas canvas = robot.lookup("#" + PreviewPane.CANVAS_ID).queryAs(Canvas.class);
        double scale = pane.scale();
        Point2D point = canvas.localToScreen(run.x()[5] * scale + 2, (line.top() + line.height() / 2) * scale);
        robot.clickOn(point);
        FxSettle.settle();
        robot.interact(() -> {
            try {
                org.nianbao.ui.common.Screenshots.writePng(stage.getScene().snapshot(null),
                        java.nio.file.Path.of("target", "screenshots", "preview-beside-click.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(area().getSelectedText()).isEqualTo(run.text());
        assertThat(area().getCurrentParagraph()).isEqualTo(documentParagraphOfPreamble(run.location().paragraph()));
        assertThat(model().pageProperty().get()).as("the page stays").isEqualTo(page);
    }

    /** The title, then the preamble: paragraph i of the preamble is the document's paragraph i + 1. */
    private static int documentParagraphOfPreamble(int i) {
        return i + 1;
    }

    @Test
    void movingTheCaretTurnsToThePageItPrintsOn(FxRobot robot) throws Exception {
        LaidOutReport pages = showPages(robot);
        int paragraph = 25;
        int expected = pages.pageOf(TextLocation.of(TextLocation.Part.PREAMBLE, 0, paragraph).plus(100)).orElseThrow();
        assertThat(expected).isGreaterThan(3);
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(documentParagraphOfPreamble(paragraph), 100);
        });
        FxSettle.settle();
        assertThat(model().pageProperty().get()).isEqualTo(expected);
        assertThat(robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText())
                .startsWith("第 " + (expected + 1) + " 页");
    }

    @Test
    void anEditShowsOnThePagesSoonAfterTypingStops(FxRobot robot) throws Exception {
        LaidOutReport before = showPages(robot);
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(documentParagraphOfPreamble(0), 0);
        });
        robot.write("核对无误");
        // a second as the issue asks (150 ms of pause, then the layout), with room for a loaded build machine
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> model().pagesProperty().get() != before
                && printed(model().pagesProperty().get()).contains("核对无误"));
        assertThat(printed(before)).doesNotContain("核对无误");
    }

    private static String printed(LaidOutReport pages) {
        StringBuilder sb = new StringBuilder();
        for (Page page : pages.pages()) {
            sb.append(page.text().replace("\n", ""));
        }
        return sb.toString();
    }
}
