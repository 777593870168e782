package org.nianbao.ui.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** A TestFX test of the main window over a fresh database holding the small 示例区 report. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    @TempDir
    public Path folder;

    public WindowFixture fixture;
    public Stage stage;

    /** Call from the subclass's {@code @Start} method: TestFX looks for it on the test class only. */
    public void open(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(folder);
        fixture.show(stage);
    }

    /** As {@link #open}, with the whole document (全文) in front, as the app starts. */
    public void openDocument(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(folder);
        fixture.tab = "tab-document";
        fixture.show(stage);
    }

    @AfterEach
    public void closeWindow() {
        fixture.close();
    }
}
