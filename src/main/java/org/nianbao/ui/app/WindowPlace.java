package org.nianbao.ui.app;

import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was: its size and position and the widths of its panes, restored at the next start
 * when they still fit on a screen (a projector unplugged since must not leave the window off-screen).
 */
public final class WindowPlace {

    private static final String KEY = "window";

    private WindowPlace() {
    }

    /** Puts the window back where it was; false when nothing was remembered or it no longer fits. */
    public static boolean restore(Stage stage, SplitPane panes, UserSettings settings) {
        Optional<double[]> place = settings.numbers(KEY);
        if (place.isEmpty() || place.get().length < 4) {
            return false;
        }
        double[] p = place.get();
        Rectangle2D bounds = new Rectangle2D(p[0], p[1], Math.max(1, p[2]), Math.max(1, p[3]));
        if (Screen.getScreens().stream().noneMatch(s -> s.getVisualBounds().intersects(bounds))) {
            return false;
        }
        stage.setX(p[0]);
        stage.setY(p[1]);
        stage.setWidth(p[2]);
        stage.setHeight(p[3]);
        if (p.length > 4) {
            panes.setDividerPositions(Arrays.copyOfRange(p, 4, p.length));
        }
        return true;
    }

    /** Remembers the window's place and its panes' dividers. */
    public static void remember(Stage stage, SplitPane panes, UserSettings settings) {
        double[] dividers = panes.getDividerPositions();
        double[] p = new double[4 + dividers.length];
        p[0] = stage.getX();
        p[1] = stage.getY();
        p[2] = stage.getWidth();
        p[3] = stage.getHeight();
        System.arraycopy(dividers, 0, p, 4, dividers.length);
        settings.rememberNumbers(KEY, p);
    }
}
