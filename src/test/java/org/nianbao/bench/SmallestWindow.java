package org.nianbao.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the start-up target (issue 10): the smallest JavaFX window — a Stage with one
 * Label, the same JavaFX jars — printing the JVM uptime at its first laid-out frame, as the app's
 * {@code nianbao.startupProbe} does, then quitting. Paired with the app by {@code farm-bench --vs}:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=target/test-classes:target/classes:$(cat target/cp.txt)
 * HEADLESS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
 * farm-bench -n 10 -- java $HEADLESS -Dnianbao.startupProbe=true -cp $CP org.nianbao.Launcher --db /tmp/sample.db \
 *   --vs "java $HEADLESS -cp $CP org.nianbao.bench.SmallestWindow"
 * </pre>
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
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }
    }
}
