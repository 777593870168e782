package org.nianbao;

import java.nio.file.Path;
import java.util.Optional;
import org.nianbao.cli.NianbaoCli;
import org.nianbao.ui.app.DesktopApp;

/**
 * Entry point of {@code java -jar nianbao.jar}. Not a JavaFX Application, so the JavaFX runtime loads
 * from the class path; a command runs the command line and never starts JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Optional<Path>> window = NianbaoCli.windowDatabase(args);
        if (window.isPresent()) {
            DesktopApp.launchWith(window.get().orElse(null));
            return;
        }
        org.nianbao.files.LogConfigurator.install();
        System.exit(NianbaoCli.run(args));
    }
}
