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
        if (!restoreBounds(stage, settings)) {
            return false;
        }
        dividers(settings).ifPresent(panes::setDividerPositions);
        return true;
    }

    /** The panes' remembered divider positions (outline | document | checks), if any. */
    static Optional<double[]> dividers(UserSettings settings) {
        return settings.numbers(KEY).filter(p -> p.length > 4).map(p -> Arrays.copyOfRange(p, 4, p.length));
    }

    /** Puts the window back where it was, without its panes; false when nothing fits. */
    static boolean restoreBounds(Stage stage, UserSettings settings) {
        Optional<double[]> place = settings.numbers(KEY);
        if (place.isEmpty() || place.get().length < 4) {
            return false;
        }
        double[] p = place.get();
        Rectangle2D bounds = new Rectangle2D(p[0], p[1], Math.max(1, p[2]), Math.max(1, p[3]));
        Optional<Rectangle2D> screen = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .filter(s -> s.intersects(bounds)).max(java.util.Comparator.comparingDouble(s -> overlap(s, bounds)));
        if (screen.isEmpty()) {
            return false;
        }
        // a place remembered on the office's big monitor, restored on the laptop: the whole window on it
        Rectangle2D fitted = fitted(bounds, screen.get());
        stage.setX(fitted.getMinX());
        stage.setY(fitted.getMinY());
        stage.setWidth(fitted.getWidth());
        stage.setHeight(fitted.getHeight());
        return true;
    }

    /**
     * The window's first size, where nothing is remembered: 1280 × 800, or the screen's usable area where
     * that is smaller (1366 × 768, the laptops many offices have, would lose the status bar below the
     * screen's edge).
     */
    public static Rectangle2D firstSize(Rectangle2D screen) {
        return fitted(new Rectangle2D(screen.getMinX(), screen.getMinY(), 1280, 800), screen);
    }

    /** The bounds moved and, where needed, made smaller so that the whole window is on the screen. */
    static Rectangle2D fitted(Rectangle2D wanted, Rectangle2D screen) {
        return org.nianbao.ui.common.ScreenFit.onScreen(wanted, screen);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
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
