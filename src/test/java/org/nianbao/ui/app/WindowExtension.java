package org.nianbao.ui.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@code ApplicationExtension} for every window test, without its clean-up between tests: that
 * costs 0.27 s a test (an empty one; measured in docs/benchmarks.md), five waits for the FX thread of
 * about 50 ms each, and it hides the primary stage that a class's tests share ({@link WindowTest#openShared}).
 * Here each test gets the primary stage and its {@code @Start} methods run on the FX thread, followed by
 * one wait; after it, the other windows a test left (a dialog, a popup) are hidden and the keys and
 * buttons it left pressed are released. A {@link WindowTest}'s window is closed by it; a class that only
 * sets a scene of its own leaves it on the primary stage, where the next class's {@code @Start} replaces it.
 * The robot a test gets is a {@link WindowRobot}: its steps wait for the FX thread without fixed pauses.
 */
public final class WindowExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WindowExtension.class);
    private static Stage primary;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = primaryStage();
        FxRobot robot = new WindowRobot();
        context.getStore(NAMESPACE).put(FxRobot.class, robot);
        Object test = context.getRequiredTestInstance();
        List<Method> starts = new ArrayList<>();
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Start.class)) {
                    m.setAccessible(true);
                    starts.add(m);
                }
            }
        }
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                for (Method start : starts) {
                    start.invoke(test, stage);
                }
                if (stage.isShowing()) {
                    // keys go to the focused window: a dialog hidden after the last test may have kept it
                    stage.toFront();
                    stage.requestFocus();
                }
                return null;
            }).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException i ? i.getCause() : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(cause);
        }
        FxSettle.settle();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxRobot robot = context.getStore(NAMESPACE).remove(FxRobot.class, FxRobot.class);
        if (robot != null) {
            if (!robot.robotContext().getKeyboardRobot().getPressedKeys().isEmpty()) {
                robot.release(new KeyCode[0]);
            }
            if (!robot.robotContext().getMouseRobot().getPressedButtons().isEmpty()) {
                robot.release(new MouseButton[0]);
            }
        }
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != primary) {
                    w.hide();
                }
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(FxRobot.class, FxRobot.class);
    }

    private static synchronized Stage primaryStage() throws Exception {
        if (primary == null) {
            primary = FxToolkit.registerPrimaryStage();
        }
        return primary;
    }
}
