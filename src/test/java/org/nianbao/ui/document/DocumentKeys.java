package org.nianbao.ui.document;

import javafx.scene.input.KeyCode;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.testfx.api.FxRobot;

/** The document of a test window: where its caret goes, and Ctrl+Z pressed in it. */
final class DocumentKeys {

    private final FxRobot robot;
    private final WindowFixture fixture;

    DocumentKeys(FxRobot robot, WindowFixture fixture) {
        this.robot = robot;
        this.fixture = fixture;
    }

    DocumentArea area() {
        return fixture.window.document().area();
    }

    /** Puts the keyboard in the document, the caret at a column of a paragraph. */
    void caretAt(int paragraph, int column) {
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(paragraph, column);
        });
        FxSettle.settle();
    }

    void undo() {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
    }
}
