package org.nianbao.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a tall dialog on the screen. The report settings' form is taller than a 1366×768 laptop's
 * screen: its buttons (确定, 取消) were below the screen's edge, out of reach. Such a dialog's form
 * scrolls, and once shown the dialog is made no taller than the screen it is on.
 */
public final class ScreenFit {

    /** A form is never shortened below a few rows. */
    private static final double MIN_FORM = 120;

    private ScreenFit() {
    }

    /** The form in a scroll pane that only scrolls up and down: the dialog's content. */
    public static ScrollPane scrolling(Node form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * Once shown (laid out, its size known), a dialog taller than its screen has its form shortened by
     * the difference, so that the form scrolls and the buttons stay in the window, and is fitted to the
     * screen. Shortening the form, not only the window, keeps the dialog's own sizing from growing it back.
     */
    public static void keepOnScreen(Dialog<?> dialog, ScrollPane form) {
        // the shown event comes before the window has its size: fitted once it has
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            fitTo(dialog.getDialogPane(), form, screenOf(window));
        }));
    }

    /** Fits a shown dialog, whose form scrolls, to a screen's visual bounds. */
    public static void fitTo(javafx.scene.control.DialogPane pane, ScrollPane form, Rectangle2D screen) {
        Window window = pane.getScene().getWindow();
        double over = window.getHeight() - screen.getHeight();
        if (over > 0) {
            form.setPrefViewportHeight(Math.max(MIN_FORM, form.getViewportBounds().getHeight() - over));
            // sized again once the shorter form is laid out: sized at once, the dialog took its old height back
            javafx.application.Platform.runLater(() -> {
                window.sizeToScene();
                fit(window, screen);
            });
        }
        fit(window, screen);
    }

    /** No taller than the screen, and wholly on it up and down. */
    private static void fit(Window window, Rectangle2D screen) {
        Rectangle2D placed = onScreen(new Rectangle2D(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())), screen);
        if (placed.getHeight() < window.getHeight()) {
            window.setHeight(placed.getHeight());
        }
        window.setY(placed.getMinY());
    }

    /** Bounds moved and, where needed, made smaller so that all of them are on the screen (a window, a dialog). */
    public static Rectangle2D onScreen(Rectangle2D wanted, Rectangle2D screen) {
        double width = Math.min(wanted.getWidth(), screen.getWidth());
        double height = Math.min(wanted.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(wanted.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(wanted.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
