package org.nianbao.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;

/** Test-only: lets tests in the feature packages under ui write screenshots. */
public final class ScreenshotsAccess {

    private ScreenshotsAccess() {
    }

    public static void writePng(WritableImage image, Path target) throws IOException {
        Screenshots.writePng(image, target);
    }
}
