package org.nianbao.ui.app;

import java.lang.reflect.Field;
import java.util.concurrent.Callable;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The robot the window tests get: TestFX's {@link FxRobot} whose steps wait with {@link FxSettle}
 * instead of fixed pauses ({@link SettlingRobotContext}). FxRobot builds its context itself and reads
 * it from a private field, so the context is put there once, here; if a TestFX upgrade renames the
 * field, every window test fails at once with the message below.
 */
public final class WindowRobot extends FxRobot {

    private final FxRobotContext settling = new SettlingRobotContext();

    public WindowRobot() {
        try {
            Field context = FxRobot.class.getDeclaredField("context");
            context.setAccessible(true);
            context.set(this, settling);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's FxRobot no longer keeps its context in the field 'context'", e);
        }
    }

    @Override
    public FxRobotContext robotContext() {
        return settling;
    }

    @Override
    public FxRobot interact(Runnable runnable) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(runnable));
        FxSettle.settle();
        return this;
    }

    @Override
    public <T> FxRobot interact(Callable<T> callable) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(callable));
        FxSettle.settle();
        return this;
    }

    @Override
    public FxRobot interrupt() {
        FxSettle.settle();
        return this;
    }
}
