package org.nianbao.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Section;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowExtension;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.common.Screenshots;
import org.nianbao.ui.outline.OutlineTemplate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome: shown on a first run over the stored sample, and again from Help → 欢迎. */
@ExtendWith(WindowExtension.class)
class WelcomeTest {

    static final Path SCREENSHOT = Path.of(System.getProperty("user.dir"), "docs", "screenshots", "welcome.png");
    static final String SAMPLE_TITLE = "示例区2023年法治政府建设年度报告";

    @TempDir
    Path folder;

    private WindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aFirstRunShowsTheWelcomeWithItsThreeChoicesOverTheSample(FxRobot robot) throws Exception {
        firstRun(robot);

        assertThat(welcomeShown(robot)).isTrue();
        assertThat(text(robot, WelcomeDialog.SAMPLE_ID)).isEqualTo("打开示例报告");
        assertThat(text(robot, WelcomeDialog.NEW_ID)).isEqualTo("新建报告");
        assertThat(text(robot, WelcomeDialog.IMPORT_ID)).isEqualTo("导入去年的报告");
        assertThat(robot.lookup(".welcome-intro").queryLabeled().getText()).contains("法治政府建设年度报告");
        assertThat(fixture.session.report().title()).isEqualTo(SAMPLE_TITLE);

        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(robot.lookup(".welcome").query().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), SCREENSHOT);
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(5_000);
    }

    @Test
    void closingTheWelcomeLeavesTheSampleOpen(FxRobot robot) {
        firstRun(robot);
        long sample = fixture.session.report().id();

        assertThat(text(robot, WelcomeDialog.CLOSE_ID)).isEqualTo("关闭");
        robot.clickOn("#" + WelcomeDialog.CLOSE_ID);
        FxSettle.settle();

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(fixture.session.report().id()).isEqualTo(sample);
        assertThat(fixture.session.store().list()).hasSize(1);
    }

    @Test
    void openTheSampleKeepsTheStoredSampleOpenWithoutStoringItTwice(FxRobot robot) {
        firstRun(robot);
        long sample = fixture.session.report().id();

        robot.clickOn("#" + WelcomeDialog.SAMPLE_ID);
        FxSettle.settle();

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(fixture.session.report().id()).isEqualTo(sample);
        assertThat(fixture.session.report().title()).isEqualTo(SAMPLE_TITLE);
        assertThat(fixture.session.store().list()).hasSize(1);
    }

    @Test
    void newReportStartsFromTheFivePartOutline(FxRobot robot) {
        firstRun(robot);

        robot.clickOn("#" + WelcomeDialog.NEW_ID);
        FxSettle.settle();

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(fixture.session.report().title()).isNotEqualTo(SAMPLE_TITLE).endsWith("年法治政府建设年度报告");
        assertThat(fixture.session.report().sections()).hasSize(5).allMatch(s -> s.children().isEmpty());
        assertThat(fixture.window.outline().tree().getRoot().getChildren()).extracting(i -> i.getValue().label())
                .hasSize(5).first().asString().startsWith("一、");
        assertThat(fixture.session.store().list()).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void newReportCanStartFromTheThreePartOutline(FxRobot robot) {
        firstRun(robot);
        ChoiceBox<OutlineTemplate.Kind> outline = robot.lookup("#" + WelcomeDialog.OUTLINE_ID).queryAs(ChoiceBox.class);
        assertThat(outline.getValue()).isEqualTo(OutlineTemplate.Kind.FIVE_PARTS);

        robot.interact(() -> outline.setValue(OutlineTemplate.Kind.THREE_PARTS));
        robot.clickOn("#" + WelcomeDialog.NEW_ID);
        FxSettle.settle();

        assertThat(fixture.session.report().sections()).extracting(Section::heading).hasSize(3);
    }

    @Test
    void importLastYearsReportGoesThroughTheFileChooser(FxRobot robot) throws Exception {
        firstRun(robot);
        long sample = fixture.session.report().id();
        Path text = folder.resolve("去年的报告.txt");
        Files.writeString(text, Fixtures.SMALL_REPORT_TEXT, StandardCharsets.UTF_8);
        fixture.dialogs.answer(text);

        robot.clickOn("#" + WelcomeDialog.IMPORT_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.session.report().id() != sample);
        FxSettle.settle();

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(fixture.window.outline().tree().getRoot().getChildren()).extracting(i -> i.getValue().label())
                .containsExactly("一、主要成效", "二、存在的不足", "三、下一步工作安排");
        assertThat(fixture.session.store().list()).hasSize(2);
    }

    @Test
    void cancellingTheFileChooserImportsNothing(FxRobot robot) {
        firstRun(robot);
        long sample = fixture.session.report().id();

        robot.clickOn("#" + WelcomeDialog.IMPORT_ID); // no answer queued: the chooser was cancelled
        FxSettle.settle();

        assertThat(fixture.session.report().id()).isEqualTo(sample);
        assertThat(fixture.session.store().list()).hasSize(1);
    }

    @Test
    void aSecondRunShowsNoWelcome(FxRobot robot) {
        ReportStore.open(WindowFixture.databaseIn(folder)).close(); // an earlier start created the database

        startAsApp(robot);

        assertThat(welcomeShown(robot)).isFalse();
    }

    @Test
    void theHelpMenuReopensTheWelcomeAndItsSampleChoiceGoesBackToTheSample(FxRobot robot) {
        firstRun(robot);
        long sample = fixture.session.report().id();
        robot.clickOn("#" + WelcomeDialog.NEW_ID);
        FxSettle.settle();
        assertThat(fixture.session.report().id()).isNotEqualTo(sample);

        robot.clickOn("帮助").clickOn("欢迎");
        FxSettle.settle();
        assertThat(welcomeShown(robot)).isTrue();

        robot.clickOn("#" + WelcomeDialog.SAMPLE_ID);
        FxSettle.settle();
        assertThat(fixture.session.report().id()).isEqualTo(sample);
        assertThat(fixture.session.store().list()).hasSize(2);
    }

    private void firstRun(FxRobot robot) {
        assertThat(WindowFixture.databaseIn(folder)).doesNotExist();
        startAsApp(robot);
    }

    private void startAsApp(FxRobot robot) {
        fixture = new WindowFixture(folder);
        robot.interact(() -> fixture.startAsApp(stage));
        FxSettle.settle();
    }

    private static boolean welcomeShown(FxRobot robot) {
        return robot.lookup(".welcome").tryQuery().isPresent();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }
}
