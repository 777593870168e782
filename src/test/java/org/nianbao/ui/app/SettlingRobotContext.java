package org.nianbao.ui.app;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.ClickRobot;
import org.testfx.robot.DragRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.ScrollRobot;
import org.testfx.robot.SleepRobot;
import org.testfx.robot.TypeRobot;
import org.testfx.robot.WriteRobot;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.robot.impl.MoveRobotImpl;
import org.testfx.robot.impl.ScrollRobotImpl;
import org.testfx.robot.impl.TypeRobotImpl;
import org.testfx.service.finder.WindowFinder;

/**
 * TestFX's robots with {@link FxSettle} in place of their fixed pauses. The keyboard, the mouse and the
 * writer are ours (each waits once a step has been handled); typing, moving, clicking, dragging and
 * scrolling are TestFX's own, built on ours, with their pauses between keys and mouse steps left out.
 * The context's sleep robot stays TestFX's, so a test's own {@code sleep} still sleeps.
 */
final class SettlingRobotContext extends FxRobotContext {

    /** For TestFX's robots' own pauses (25 ms after a key, 1 ms a mouse step, 50 ms after a double click). */
    private static final SleepRobot NO_PAUSE = new SleepRobot() {
        @Override
        public void sleep(long milliseconds) {
        }

        @Override
        public void sleep(long duration, TimeUnit timeUnit) {
        }
    };

    private final KeyboardRobot keyboard;
    private final MouseRobot mouse;
    private final WriteRobot writer;
    private final TypeRobot typer;
    private final MoveRobot mover;
    private final ClickRobot clicker;
    private final DragRobot dragger;
    private final ScrollRobot scroller;

    SettlingRobotContext() {
        BaseRobot base = getBaseRobot();
        keyboard = new Keyboard(base);
        mouse = new Mouse(base);
        writer = new Writer(base, getWindowFinder());
        typer = new TypeRobotImpl(keyboard, NO_PAUSE);
        mover = new MoveRobotImpl(base, mouse, NO_PAUSE);
        clicker = new ClickRobotImpl(mouse, mover, NO_PAUSE);
        dragger = new DragRobotImpl(mouse, mover);
        scroller = new ScrollRobotImpl(mouse);
    }

    @Override
    public KeyboardRobot getKeyboardRobot() {
        return keyboard;
    }

    @Override
    public MouseRobot getMouseRobot() {
        return mouse;
    }

    @Override
    public WriteRobot getWriteRobot() {
        return writer;
    }

    @Override
    public TypeRobot getTypeRobot() {
        return typer;
    }

    @Override
    public MoveRobot getMoveRobot() {
        return mover;
    }

    @Override
    public ClickRobot getClickRobot() {
        return clicker;
    }

    @Override
    public DragRobot getDragRobot() {
        return dragger;
    }

    @Override
    public ScrollRobot getScrollRobot() {
        return scroller;
    }

    /** Keys as TestFX presses them (SHORTCUT is Control here, a key already down is not pressed again). */
    private static final class Keyboard implements KeyboardRobot {
        private final BaseRobot base;
        private final Set<KeyCode> pressed = new LinkedHashSet<>();

        Keyboard(BaseRobot base) {
            this.base = base;
        }

        @Override
        public void press(KeyCode... keys) {
            pressNoWait(keys);
            // the next key of a shortcut comes after this one has been handled, as a person's would
            FxSettle.drain();
        }

        @Override
        public void pressNoWait(KeyCode... keys) {
            for (KeyCode key : keys) {
                KeyCode real = real(key);
                if (pressed.add(real)) {
                    base.pressKeyboard(real);
                }
            }
        }

        @Override
        public void release(KeyCode... keys) {
            releaseNoWait(keys);
            FxSettle.settle();
        }

        @Override
        public void releaseNoWait(KeyCode... keys) {
            for (KeyCode key : keys.length == 0 ? pressed.toArray(KeyCode[]::new) : keys) {
                KeyCode real = real(key);
                if (pressed.remove(real)) {
                    base.releaseKeyboard(real);
                }
            }
        }

        @Override
        public Set<KeyCode> getPressedKeys() {
            return Collections.unmodifiableSet(pressed);
        }

        private static KeyCode real(KeyCode key) {
            return key == KeyCode.SHORTCUT ? KeyCode.CONTROL : key;
        }
    }

    private static final class Mouse implements MouseRobot {
        private final BaseRobot base;
        private final Set<MouseButton> pressed = new LinkedHashSet<>();

        Mouse(BaseRobot base) {
            this.base = base;
        }

        @Override
        public void press(MouseButton... buttons) {
            pressNoWait(buttons);
            FxSettle.drain();
        }

        @Override
        public void pressNoWait(MouseButton... buttons) {
            for (MouseButton button : buttons.length == 0 ? new MouseButton[] {MouseButton.PRIMARY} : buttons) {
                if (pressed.add(button)) {
                    base.pressMouse(button);
                }
            }
        }

        @Override
        public void release(MouseButton... buttons) {
            releaseNoWait(buttons);
            FxSettle.settle();
        }

        @Override
        public void releaseNoWait(MouseButton... buttons) {
            for (MouseButton button : buttons.length == 0 ? pressed.toArray(MouseButton[]::new) : buttons) {
                if (pressed.remove(button)) {
                    base.releaseMouse(button);
                }
            }
        }

        @Override
        public void move(Point2D location) {
            moveNoWait(location);
            // hovering may lay out (a tooltip, a highlighted row) before the press that follows
            FxSettle.settle();
        }

        @Override
        public void moveNoWait(Point2D location) {
            base.moveMouse(location);
        }

        @Override
        public void scroll(int wheelAmount) {
            scrollNoWait(wheelAmount);
            FxSettle.settle();
        }

        @Override
        public void scrollNoWait(int wheelAmount) {
            base.scrollMouse(wheelAmount);
        }

        @Override
        public Set<MouseButton> getPressedButtons() {
            return Collections.unmodifiableSet(pressed);
        }
    }

    /** Characters typed into the focused window's scene, as TestFX's writer does, then one wait. */
    private static final class Writer implements WriteRobot {
        private final BaseRobot base;
        private final WindowFinder windows;

        Writer(BaseRobot base, WindowFinder windows) {
            this.base = base;
            this.windows = windows;
        }

        @Override
        public void write(char character) {
            write(String.valueOf(character));
        }

        @Override
        public void write(String text) {
            Scene scene = targetWindow().getScene();
            for (char c : text.toCharArray()) {
                KeyCode key = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
                base.typeKeyboard(scene, key, String.valueOf(c));
            }
            FxSettle.settle();
        }

        @Override
        public void write(String text, int sleepMillis) {
            // the pause between characters is TestFX's; handled characters need none
            write(text);
        }

        private Window targetWindow() {
            Window w = windows.window(Window::isFocused);
            if (w == null) {
                w = windows.targetWindow();
            }
            return w != null ? w : windows.window(0);
        }
    }
}
