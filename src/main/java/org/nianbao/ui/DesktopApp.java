package org.nianbao.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop window (placeholder until the drafting workstation lands). */
public final class DesktopApp extends Application {

    private static volatile Path database;

    /** Starts JavaFX with the database to open (null: the default one). */
    public static void launchWith(Path db) {
        database = db;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("年报");
        stage.setScene(new Scene(new Label("年报 Nianbao" + (database == null ? "" : "：" + database)), 640, 400));
        stage.show();
    }
}
