package org.nianbao.ui.preview;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.nianbao.format.GongwenPage;
import org.nianbao.layout.FontRole;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.Page;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.Rule;
import org.nianbao.ui.common.Messages;

/**
 * The page preview: the page shown drawn as it prints, a tool bar (page up and down, zoom, fit
 * width) and the page count. A click on the page hands the text under it to the model; Page Up
 * and Page Down turn the pages.
 */
public final class PreviewPane extends BorderPane {

    public static final String ID = "pagePreview";
    public static final String CANVAS_ID = "previewPage";
    public static final String STATUS_ID = "previewStatus";

    static final double PAGE_WIDTH = GongwenPage.PAGE_WIDTH / 20.0;
    static final double PAGE_HEIGHT = GongwenPage.PAGE_HEIGHT / 20.0;

    private final PreviewModel model;
    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final ScrollPane scroll;
    private final Label status = new Label();
    private final Map<FontRole, String> families = new EnumMap<>(FontRole.class);

    public PreviewPane(PreviewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId(ID);
        // the pane may open in a window of its own, without the main window's font
        setStyle("-fx-font-family: '" + org.nianbao.ui.common.CjkFont.family() + "';");
        canvas.setId(CANVAS_ID);
        status.setId(STATUS_ID);
        for (FontRole role : FontRole.values()) {
            families.put(role, PreviewModel.family(role).orElse(null));
        }
        Button previous = new Button(messages.get("preview.pageUp"));
        previous.setId("previewPageUp");
        previous.setOnAction(e -> model.pageUp());
        Button next = new Button(messages.get("preview.pageDown"));
        next.setId("previewPageDown");
        next.setOnAction(e -> model.pageDown());
        Button smaller = new Button("−");
        smaller.setOnAction(e -> model.zoomOut());
        Button larger = new Button("+");
        larger.setOnAction(e -> model.zoomIn());
        ToggleButton fit = new ToggleButton(messages.get("preview.fitWidth"));
        fit.selectedProperty().bindBidirectional(model.fitWidthProperty());
        // wraps rather than hide the page count in an overflow menu when the pane stands narrow beside the document
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(4, 4, previous, next, smaller, larger, fit, status);
        tools.setPadding(new Insets(4));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("tool-bar");
        setTop(tools);

        StackPane paper = new StackPane(canvas);
        paper.setPadding(new Insets(12));
        paper.setAlignment(Pos.TOP_CENTER);
        paper.setStyle("-fx-background-color: #8a8a8a;");
        scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        canvas.setFocusTraversable(true);
        canvas.setOnMouseClicked(e -> {
            canvas.requestFocus();
            model.click(e.getX() / scale(), e.getY() / scale());
        });
        // a filter: the scroll pane would take Page Up and Page Down for scrolling
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.pageDown();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                model.pageUp();
                e.consume();
            }
        });
        model.pagesProperty().addListener((obs, old, value) -> redraw());
        model.pageProperty().addListener((obs, old, value) -> redraw());
        model.zoomProperty().addListener((obs, old, value) -> redraw());
        model.fitWidthProperty().addListener((obs, old, value) -> redraw());
        scroll.viewportBoundsProperty().addListener((obs, old, value) -> {
            if (model.fitWidthProperty().get()) {
                redraw();
            }
        });
        redraw();
    }

    /** Pixels a point: the zoom, or the viewport's width when fitting the width. */
    double scale() {
        if (model.fitWidthProperty().get()) {
            double width = scroll == null ? 0 : scroll.getViewportBounds().getWidth() - 24;
            return width > 50 ? width / PAGE_WIDTH : 1;
        }
        return model.zoomProperty().get();
    }

    private void redraw() {
        LaidOutReport pages = model.pagesProperty().get();
        int count = pages == null ? 0 : pages.pageCount();
        status.setText(count == 0 ? "" : messages.format("preview.status", model.pageProperty().get() + 1, count));
        double scale = scale();
        canvas.setWidth(PAGE_WIDTH * scale);
        canvas.setHeight(PAGE_HEIGHT * scale);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (count == 0) {
            return;
        }
        g.scale(scale, scale);
        draw(g, pages.pages().get(Math.min(model.pageProperty().get(), count - 1)));
    }

    private void draw(GraphicsContext g, Page page) {
        for (Rule rule : page.rules()) {
            g.setStroke(color(rule.color()));
            g.setLineWidth(rule.thickness());
            g.strokeLine(rule.x1(), rule.y(), rule.x2(), rule.y());
        }
        for (PlacedLine line : page.lines()) {
            for (PlacedRun run : line.runs()) {
                String family = families.get(run.font());
                g.setFont(family == null ? Font.font(run.size()) : Font.font(family, run.size()));
                g.setFill(color(run.color()));
                String text = run.text();
                for (int i = 0; i < text.length(); i++) {
                    g.fillText(String.valueOf(text.charAt(i)), run.x()[i], run.baseline());
                }
            }
        }
    }

    private static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public PreviewModel model() {
        return model;
    }
}
