package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.CoreServices;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.MainWindowScreenshotTest;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.common.Screenshots;
import org.nianbao.ui.welcome.SampleReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The document view with the sample report at the two common screen sizes, for the README and a look. */
class DocumentScreenshotTest extends WindowTest {

    static final Path FOLDER = Path.of(System.getProperty("user.dir"), "docs", "screenshots");

    @Start
    void start(Stage stage) throws Exception {
        Path text = Files.createTempFile("sample", ".txt");
        try (var in = DocumentScreenshotTest.class.getResourceAsStream(MainWindowScreenshotTest.SAMPLE)) {
            Files.copy(in, text, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        open(stage, f -> {
            f.seed = SampleReport.load().orElseGet(() -> new CoreServices().read(text));
            f.tab = "tab-document";
        });
    }

    @Test
    void theDocumentViewIsSavedAt1366And1920(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            fixture.awaitChecks();
            robot.interact(() -> fixture.window.document().area().showParagraphAtTop(0));
            FxSettle.settle();
            AtomicReference<WritableImage> shot = new AtomicReference<>();
            robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
            Path target = FOLDER.resolve("document-" + size[0] + ".png");
            Screenshots.writePng(shot.get(), target);
            assertThat(shot.get().getWidth()).isEqualTo(size[0]);
            assertThat(Files.size(target)).isGreaterThan(10_000);
        }
    }
}
