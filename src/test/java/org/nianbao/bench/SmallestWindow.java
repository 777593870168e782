package org.nianbao.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the start-up target (issue 10): the smallest JavaFX window — a Stage with one
 * Label, the same JavaFX jars — printing the JVM uptime at its first laid-out frame, as the app's
 * {@code nianbao.startupProbe} does, then quitting. {@link StartupBench} starts it and the app in turn.
 */
public final class SmallestWindow {

    private SmallestWindow() {
    }

    /** Not an Application itself: from the class path, JavaFX's launcher then needs no module path (as the app's Launcher). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("年报"), 1280, 800);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("window-shown-ms " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.println("process-cpu-ms " + ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }
    }
}
