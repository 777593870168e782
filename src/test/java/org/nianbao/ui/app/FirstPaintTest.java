package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.HundredPageReport;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.Block;
import org.nianbao.ui.document.DocumentView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up's first frame (issue 10): the report's first screen at once, then the window in its place,
 * in the same scene.
 */
@ExtendWith(WindowExtension.class)
class FirstPaintTest {

    private static final Messages MESSAGES = Messages.of(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path folder;
    private Stage stage;
    private Preferences prefs;
    private DesktopApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (app != null && app.window() != null) {
            robot.interact(() -> app.window().close());
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    @Test
    void theFirstFrameShowsTheReportsBeginningAsTheDocumentViewSetsIt(FxRobot robot) {
        Report report = Fixtures.smallReport();
        Parent paint = showPaint(robot, report, 1280, 800);

        List<Text> page = texts(paint.lookup("#" + FirstPaint.PAGE_ID));
        Text title = page.get(0);
        assertThat(title.getText()).isEqualTo(report.title());
        assertThat(title.getFont().getSize()).isEqualTo(24);
        assertThat(title.getFont().getStyle()).containsIgnoringCase("bold");
        Text preamble = page.get(1);
        // body paragraphs start two characters in, as the document view draws them
        assertThat(preamble.getText()).isEqualTo(FirstPaint.INDENT + report.preamble().get(0).text());
        // the body in the document view's face and size (仿宋, or the CJK serif standing in for it)
        assertThat(preamble.getFont().getFamily()).isEqualTo(DocumentView.faceOf(Block.body(1)));
        assertThat(preamble.getFont().getSize()).isEqualTo(17);
        // the heading's live number beside it, as the document view shows it
        assertThat(page.stream().map(Text::getText)).containsSequence("一、", report.outline().get(0).section().heading());
        assertThat(title.getText()).doesNotStartWith(FirstPaint.INDENT);
        // the outline's place lists the headings with their numbers
        assertThat(texts(paint.lookup("#" + FirstPaint.OUTLINE_ID)).stream().map(Text::getText))
                .contains("一、" + report.outline().get(0).section().heading());
    }

    @Test
    void theSampleReportsFirstFrameAtTheLaptopsSize(FxRobot robot) throws Exception {
        Report sample = org.nianbao.ui.welcome.SampleReport.load().orElseThrow();
        Parent paint = showPaint(robot, sample, 1366, 768);
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> paint.snapshot(null, null));
        java.nio.file.Files.createDirectories(Path.of("target/screenshots"));
        org.nianbao.ui.common.Screenshots.writePng(shot, Path.of("target/screenshots/first-paint-1366.png"));
        assertThat(shot.getWidth()).isEqualTo(1366);
    }

    @Test
    void aHundredPageReportPaintsOnlyWhatFillsTheScreen(FxRobot robot) {
        Report big = HundredPageReport.ofPages(100);
        Parent paint = showPaint(robot, big, 1280, 800);

        javafx.scene.layout.VBox page = (javafx.scene.layout.VBox) paint.lookup("#" + FirstPaint.PAGE_ID);
        assertThat(page.getChildren().size()).isLessThan(40);
        // the estimate fills the page: the last paragraph painted reaches below the window's bottom
        Node last = page.getChildren().get(page.getChildren().size() - 1);
        double bottom = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> last.localToScene(last.getBoundsInLocal()).getMaxY());
        assertThat(bottom).isGreaterThan(800 - 40);
        assertThat(texts(paint.lookup("#" + FirstPaint.OUTLINE_ID))).hasSizeLessThan(60);
    }

    @Test
    void theWindowTakesThePaintsPlaceInTheSameScene(FxRobot robot) throws Exception {
        Path database = folder.resolve("first-paint.db");
        Report stored;
        try (ReportStore store = ReportStore.open(database)) {
            stored = store.insert(Fixtures.smallReport());
        }
        prefs = Preferences.userRoot().node("org/nianbao/test/firstpaint" + ProcessHandle.current().pid());
        UserSettings settings = new UserSettings(prefs);
        // the officer stopped in the second part last time: the first paint starts at its heading
        org.nianbao.model.Section second = stored.outline().stream().filter(e -> e.path().size() == 1)
                .skip(1).findFirst().orElseThrow().section();
        ReportPlace.remember(settings, database, stored.id(), new DocumentView.Place(second.id(), 0));
        app = new DesktopApp(settings, MESSAGES);
        AtomicReference<Parent> firstRoot = new AtomicReference<>();
        AtomicReference<Scene> firstScene = new AtomicReference<>();
        robot.interact(() -> {
            stage.titleProperty().unbind(); // the primary stage is shared: an earlier window bound its title
            assertThat(app.start(stage, database,
                    CompletableFuture.completedFuture(Preload.open(database, settings, MESSAGES)))).isTrue();
            firstScene.set(stage.getScene());
            firstRoot.set(stage.getScene().getRoot());
        });
        assertThat(firstRoot.get().getStyleClass()).contains("first-paint");
        List<Text> page = texts(firstRoot.get().lookup("#" + FirstPaint.PAGE_ID));
        assertThat(page.get(0).getText()).isEqualTo("二、");
        assertThat(page.get(1).getText()).isEqualTo(second.heading());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
                && stage.getScene().getRoot() == app.window().root());
        FxSettle.settle();
        assertThat(stage.getScene()).isSameAs(firstScene.get());
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("main-window").doesNotContain("first-paint");
        assertThat(stage.getScene().getStylesheets()).hasSize(1);
        assertThat(robot.lookup("#" + org.nianbao.ui.document.DocumentView.AREA_ID).tryQuery()).isPresent();
        assertThat(stage.getTitle()).contains(Fixtures.smallReport().title());
    }

    private Parent showPaint(FxRobot robot, Report report, double width, double height) {
        AtomicReference<Parent> root = new AtomicReference<>();
        robot.interact(() -> {
            Parent paint = FirstPaint.of(report, MESSAGES, width, height, FirstPaint.DEFAULT_DIVIDERS);
            Scene scene = new Scene(paint, width, height);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            root.set(paint);
        });
        FxSettle.settle();
        return root.get();
    }

    /** The text nodes under a node, in order. */
    private static List<Text> texts(Node node) {
        List<Text> out = new java.util.ArrayList<>();
        if (node instanceof Text t) {
            out.add(t);
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }
}
