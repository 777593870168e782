package org.nianbao.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.text.SectionNumbering;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.Block;
import org.nianbao.ui.document.DocParagraph;
import org.nianbao.ui.document.DocumentLayout;

/**
 * The window's first frame, shown while the window itself is built (issue 10, start-up): the report's
 * first screen as the document view sets it (same style classes, faces and sizes), its headings where
 * the outline will be and the menu names, from plain labels and text flows. The rich text area, the
 * tree, the tables and their skins (about 4,000 classes to load and a whole window of CSS) then take the
 * next second without the officer looking at an empty screen; the first frame of the window replaces
 * this one in the same place, and nothing here can be clicked or typed into.
 */
final class FirstPaint {

    /**
     * The document view's body size, line height and page padding (nianbao.css: .document): what fits on
     * the screen is estimated from them, since every paragraph laid out beyond the screen costs time here.
     */
    private static final double BODY_PX = 17;
    private static final double LINE_PX = 30;
    private static final double PAGE_PADDING_PX = 112;
    /** A line of the outline, and the menu bar, tab row and status bar together. */
    private static final double OUTLINE_LINE_PX = 26;
    private static final double CHROME_PX = 110;
    private static final double OUTLINE_TOOLBAR_PX = 66;
    private static final double TAB_ROW_PX = 30;
    /** The panes' widths when none are remembered, as {@link MainWindow} sets them. */
    static final double[] DEFAULT_DIVIDERS = {0.25, 0.72};

    private FirstPaint() {
    }

    /**
     * The frame for a window of the given width: {@code dividers} are the panes' divider positions
     * (outline | document | checks), {@code report} may be null (a database without reports).
     */
    static Parent of(Report report, Messages m, double width, double height, double[] dividers) {
        double[] d = dividers.length >= 2 ? dividers : DEFAULT_DIVIDERS;
        HBox menus = new HBox();
        for (String key : List.of("menu.file", "menu.edit", "menu.view", "menu.help")) {
            Label menu = new Label(m.get(key));
            menu.setPadding(new Insets(4, 8, 4, 8));
            menus.getChildren().add(menu);
        }
        menus.getStyleClass().add("menu-bar");

        // the outline's tool bar (two rows of buttons) and the tab row above the document, empty for now
        Region toolbar = strip("outline-toolbar", OUTLINE_TOOLBAR_PX);
        VBox headings = new VBox(2);
        headings.setPadding(new Insets(4, 8, 8, 8));
        headings.setStyle("-fx-background-color: white;");
        VBox.setVgrow(headings, Priority.ALWAYS);
        VBox outline = column(width * d[0], toolbar, headings);
        VBox page = new VBox();
        page.getStyleClass().add("document");
        page.getStylesheets().add(org.nianbao.ui.document.DocumentView.faces());
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox centre = column(width * (d[1] - d[0]), strip("first-paint-tabs", TAB_ROW_PX), page);
        HBox.setHgrow(centre, Priority.ALWAYS);
        centre.setMinWidth(0); // the dividers' pixels come out of the document's width, as in the split pane
        VBox checksHeader = new VBox(2, styled(new Label(m.get("checks.title")), "checks-title"));
        checksHeader.getStyleClass().add("checks-header");
        Region checksBody = new Region();
        checksBody.setStyle("-fx-background-color: white;");
        VBox.setVgrow(checksBody, Priority.ALWAYS);
        VBox checks = column(width * (1 - d[1]), checksHeader, checksBody);
        Label status = new Label();
        if (report != null) {
            double lines = Math.max(1, height - CHROME_PX);
            headings.getChildren().addAll(headings(report, (int) (lines / OUTLINE_LINE_PX) + 1));
            page.getChildren().addAll(paragraphs(report, width * (d[1] - d[0]) - PAGE_PADDING_PX, lines));
            status.setText(m.format("status.opened", report.title()));
        }
        HBox status1 = new HBox(status);
        status1.setAlignment(Pos.CENTER_LEFT);
        status1.getStyleClass().add("status-bar");

        HBox panes = new HBox(1, outline, centre, checks);
        panes.setStyle("-fx-background-color: #d0d5dc;"); // the split pane's dividers
        BorderPane root = new BorderPane(panes, menus, null, status1, null);
        root.getStyleClass().addAll("main-window", "first-paint");
        return root;
    }

    private static List<Node> headings(Report report, int most) {
        List<Node> out = new ArrayList<>();
        for (OutlineEntry entry : report.outline()) {
            if (out.size() == most) {
                break;
            }
            int level = entry.path().size();
            if (level > 2) {
                continue; // the tree opens with the first two levels shown
            }
            Label heading = new Label(SectionNumbering.label(entry.path()) + entry.section().heading());
            heading.setPadding(new Insets(2, 4, 2, 4 + 20 * level));
            out.add(heading);
        }
        return out;
    }

    /** The paragraphs that fill a column of the given width and height, and one more. */
    private static List<Node> paragraphs(Report report, double columnWidth, double height) {
        List<Node> out = new ArrayList<>();
        int perLine = Math.max(1, (int) (columnWidth / BODY_PX));
        double filled = 0;
        for (DocParagraph p : DocumentLayout.of(report)) {
            if (filled > height) {
                break;
            }
            filled += LINE_PX * (1 + p.text().length() / perLine);
            Block block = p.block();
            Text text = new Text(p.text());
            text.getStyleClass().add("text");
            TextFlow flow = new TextFlow(text);
            flow.getStyleClass().addAll("paragraph-text", block.styleClass());
            if (block.kind() == Block.Kind.HEADING) {
                Label number = styled(new Label(block.number()), "doc-number");
                number.getStyleClass().add(block.styleClass());
                HBox line = new HBox(number, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                out.add(line);
            } else {
                out.add(flow);
            }
        }
        return out;
    }

    /** A pane's column: as wide as the window's pane will be, its content cut at its bottom. */
    private static VBox column(double width, Node... children) {
        VBox column = new VBox(children);
        column.setPrefWidth(width);
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(column.widthProperty());
        clip.heightProperty().bind(column.heightProperty());
        column.setClip(clip);
        return column;
    }

    private static Region strip(String styleClass, double height) {
        Region strip = new Region();
        strip.getStyleClass().add(styleClass);
        strip.setMinHeight(height);
        strip.setPrefHeight(height);
        return strip;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
