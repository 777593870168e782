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
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up's first frame (issue 10): the report's first screen at once, then the window in its place,
 * in the same scene.
 */
@ExtendWith(ApplicationExtension.class)
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

        List<TextFlow> flows = robot.lookup(".first-paint .paragraph-text").queryAllAs(TextFlow.class).stream().toList();
        TextFlow title = flows.get(0);
        assertThat(title.getStyleClass()).contains("doc-title");
        assertThat(textOf(title)).isEqualTo(report.title());
        assertThat(flows.stream().map(FirstPaintTest::textOf)).contains(report.preamble().get(0).text());
        // the heading's live number beside it, as the document view shows it
        assertThat(robot.lookup(".first-paint .doc-number").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("一、");
        // the outline's place lists the level-1 headings with their numbers
        assertThat(robot.lookup(".first-paint Label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("一、" + report.outline().get(0).section().heading());
        assertThat(((Parent) paint.lookup(".document")).getStylesheets()).hasSize(1); // the document's faces
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
        showPaint(robot, big, 1280, 800);

        List<TextFlow> flows = robot.lookup(".first-paint .paragraph-text").queryAllAs(TextFlow.class).stream().toList();
        assertThat(flows.size()).isLessThan(40);
        // the estimate fills the page: the last paragraph painted reaches below the window's bottom
        TextFlow last = flows.get(flows.size() - 1);
        double bottom = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> last.localToScene(last.getBoundsInLocal()).getMaxY());
        assertThat(bottom).isGreaterThan(800 - 40);
        assertThat(robot.lookup(".first-paint Label").queryAll().size()).isLessThan(60);
    }

    @Test
    void theWindowTakesThePaintsPlaceInTheSameScene(FxRobot robot) throws Exception {
        Path database = folder.resolve("first-paint.db");
        try (ReportStore store = ReportStore.open(database)) {
            store.insert(Fixtures.smallReport());
        }
        prefs = Preferences.userRoot().node("org/nianbao/test/firstpaint" + ProcessHandle.current().pid());
        UserSettings settings = new UserSettings(prefs);
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

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
                && stage.getScene().getRoot() == app.window().root());
        WaitForAsyncUtils.waitForFxEvents();
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
            MainWindow.dress(scene);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            root.set(paint);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return root.get();
    }

    private static String textOf(TextFlow flow) {
        StringBuilder out = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                out.append(t.getText());
            }
        }
        return out.toString();
    }
}
