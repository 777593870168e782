package org.nianbao.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file or folder in the system's own program (Word or WPS for a .docx). */
public final class FileOpener {

    private FileOpener() {
    }

    /** Starts the opening in the background; false when no way to open is known here. */
    public static boolean open(Path target) {
        DaemonThreads.start("nianbao-open", () -> {
            try {
                if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(target.toFile());
                } else {
                    new ProcessBuilder(command(target)).inheritIO().start();
                }
            } catch (IOException | RuntimeException e) {
                // the status line already names the file; the officer can open it by hand
            }
        });
        return true;
    }

    static List<String> command(Path target) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String file = target.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return List.of("explorer", file);
        }
        if (os.startsWith("mac")) {
            return List.of("open", file);
        }
        return List.of("xdg-open", file);
    }
}
