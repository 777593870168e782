package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.checks.FindingView;
import org.nianbao.ui.common.Screenshots;
import org.nianbao.ui.welcome.SampleReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saves the main window with a sample report as docs/screenshots/main-window.png for the README. */
public class MainWindowScreenshotTest extends WindowTest {

    static final Path TARGET = Path.of(System.getProperty("user.dir"), "docs", "screenshots", "main-window.png");
    /** The importer's full sample (示例区, made up); the shipped sample report replaces it when present. */
    public static final String SAMPLE = "/org/nianbao/importing/shiliqu-2023-full.txt";

    @Start
    void start(Stage stage) throws Exception {
        Path text = Files.createTempFile("sample", ".txt");
        try (var in = MainWindowScreenshotTest.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, text, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        this.folder = Files.createTempDirectory("screenshot");
        fixture = new WindowFixture(folder);
        fixture.seed = SampleReport.load().orElseGet(() -> new CoreServices().read(text));
        fixture.width = 1280; // the headless screen is 1280×800
        fixture.height = 800;
        this.stage = stage;
        fixture.show(stage);
    }

    @Test
    void mainWindowWithTheSampleReportIsSavedForTheReadme(FxRobot robot) throws Exception {
        fixture.awaitChecks();
        // Show the first error in the text (the shipped sample has one), marked red, as the officer finds it.
        java.util.Optional<FindingView> error = fixture.window.checks().findings().stream()
                .filter(f -> f.level() == FindingView.Level.ERROR && f.inBody()).findFirst();
        robot.interact(() -> error.ifPresentOrElse(f -> {
            fixture.window.goTo(f);
            fixture.window.editor().body().moveTo(f.start());
        }, () -> fixture.window.outline().tree().getSelectionModel().select(1)));
        fixture.awaitChecks();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), TARGET);

        assertThat(Files.size(TARGET)).isGreaterThan(10_000);
    }
}
