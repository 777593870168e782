package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A TestFX test of the main window over a fresh database holding the small 示例区 report. */
@ExtendWith(WindowExtension.class)
public abstract class WindowTest {

    /** The window a class's tests share ({@link #openShared}), and the class it belongs to. */
    private static WindowFixture shared;
    private static Class<?> sharedBy;

    /** Where the shared window's database lives: it outlasts each test's {@link #folder}. */
    @TempDir
    static Path classFolder;

    @TempDir
    public Path folder;

    public WindowFixture fixture;
    public Stage stage;

    /** Call from the subclass's {@code @Start} method: TestFX looks for it on the test class only. */
    public void open(Stage stage) {
        open(stage, f -> { });
    }

    /** As {@link #open(Stage)}; {@code prepare} sets the seed, tab or size of the window first. */
    public void open(Stage stage, Consumer<WindowFixture> prepare) {
        this.stage = stage;
        fixture = new WindowFixture(folder);
        prepare.accept(fixture);
        fixture.show(stage);
    }

    /** As {@link #open}: the whole document (全文) is in front, as the app starts. */
    public void openDocument(Stage stage) {
        open(stage);
    }

    /**
     * As {@link #open}, but the class's tests share one window and one database: a new window costs
     * about half a second (its first CSS, layout and frame), resetting one a tenth of that. Each test
     * finds it as a fresh one ({@link WindowFixture#renew}); one that leaves something a reset does
     * not put back ({@link WindowFixture#whyNotReusable}) has the next test start a new window. The
     * database is not in {@link #folder}: a test that reopens it by its folder uses {@link #open}.
     */
    public void openShared(Stage stage) {
        openShared(stage, f -> { });
    }

    /** As {@link #openShared(Stage)}; {@code prepare} sets the seed, tab or size of the first window. */
    public void openShared(Stage stage, Consumer<WindowFixture> prepare) {
        this.stage = stage;
        if (shared != null && sharedBy == getClass()) {
            fixture = shared;
            fixture.renew(stage);
            return;
        }
        closeShared();
        fixture = new WindowFixture(classFolder.resolve(getClass().getSimpleName() + "-" + System.nanoTime()));
        fixture.database.getParent().toFile().mkdirs();
        prepare.accept(fixture);
        fixture.show(stage);
        shared = fixture;
        sharedBy = getClass();
    }

    @AfterEach
    public void closeWindow() {
        if (fixture != shared) {
            fixture.close();
        } else if (fixture.whyNotReusable().isPresent()) {
            closeShared();
        }
    }

    @AfterAll
    public static void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
            sharedBy = null;
        }
    }
}
