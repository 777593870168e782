package org.nianbao.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.ReadOnlyFiles;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ReadOnlyDatabaseTest extends WindowTest {

    private Path file;
    private boolean immutable;

    @Start
    void start(Stage stage) throws Exception {
        // Not under /tmp: the immutable attribute needs a file system that has it.
        folder = Files.createTempDirectory(Path.of(System.getProperty("user.dir"), "target"), "readonly");
        file = folder.resolve("nianbao-test.db");
        try (ReportStore store = ReportStore.open(file)) {
            store.insert(Fixtures.smallReport());
        }
        immutable = ReadOnlyFiles.makeImmutable(file) || file.toFile().setWritable(false);
        Assumptions.assumeFalse(Files.isWritable(file), "cannot make a file read-only here");
        open(stage);
    }

    @AfterEach
    void release() {
        if (immutable) {
            ReadOnlyFiles.undoImmutable(file);
        }
    }

    @Test
    void aReadOnlyDatabaseIsShownButCannotBeChanged(FxRobot robot) {
        robot.clickOn(node -> node instanceof javafx.scene.control.TreeCell<?> c && "（二）化解矛盾纠纷".equals(c.getText()));
        FxSettle.settle();

        assertThat(stage.getTitle()).isEqualTo("年报 — 示例区2023年法治政府建设年度报告（只读）");
        assertThat(fixture.window.document().area().getText()).contains("全年受理行政复议案件40件");
        assertThat(fixture.window.document().area().isEditable()).isFalse();
        assertThat(robot.lookup("#outline-add").query().isDisabled()).isTrue();
        assertThat(fixture.window.metrics().table().isEditable()).isFalse();
        robot.clickOn("#tab-attachments");
        assertThat(robot.lookup("#attachments-add").query().isDisabled()).isTrue();
        assertThat(fixture.window.attachments().body().isEditable()).isFalse();
    }
}
