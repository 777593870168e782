package org.nianbao.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.text.SectionNumbering;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.Block;
import org.nianbao.ui.document.DocParagraph;
import org.nianbao.ui.document.DocumentLayout;
import org.nianbao.ui.document.DocumentView;

/**
 * The window's first frame, shown while the window itself is built (issue 10, start-up): the report's
 * first screen in the document view's faces, sizes and margins, its headings where the outline will be,
 * the menu names and the status line. Building the window (the rich text area, the tree, the tables, their
 * skins: about 4,000 classes, and the CSS of a whole window) takes most of a start; meanwhile the officer
 * reads the report instead of an empty screen, and the window's first frame replaces this one in place.
 *
 * <p>Made of plain text nodes with their fonts set here, without style sheets or controls: what this
 * frame loads and lays out is paid before anything shows. The sizes are those of nianbao.css (.document,
 * .doc-*), so the text does not jump when the window takes over. Nothing here can be clicked or typed into.
 */
final class FirstPaint {

    /** The document view's sizes (nianbao.css: .document, .doc-title, .document .paragraph-text). */
    private static final double BODY_PX = 17;
    private static final double TITLE_PX = 24;
    private static final double LINE_SPACING_PX = 6;
    private static final double PARAGRAPH_GAP_PX = 8;
    private static final Insets PAGE_PADDING = new Insets(24, 56, 48, 56);
    /** The window's own text: menus, outline, status (nianbao.css: .root). */
    private static final double UI_PX = 14;
    /** A line of the document and of the outline, and what the menus, tab row and status bar take. */
    private static final double LINE_PX = 30;
    private static final double OUTLINE_LINE_PX = 26;
    private static final double CHROME_PX = 110;
    private static final double OUTLINE_TOOLBAR_PX = 66;
    private static final double TAB_ROW_PX = 30;
    private static final Color BAR = Color.web("#eceff3");
    private static final Color BORDER = Color.web("#d0d5dc");
    private static final Color TAB_ROW = Color.web("#e4e4e4");
    static final String PAGE_ID = "first-paint-page";
    static final String OUTLINE_ID = "first-paint-outline";
    /**
     * The body's first-line indent of two characters (GB/T 9704), which the document view draws beside the
     * paragraph's first character: here, where nothing is edited, two ideographic spaces of the same face.
     */
    static final String INDENT = "\u3000\u3000";
    /** The panes' widths when none are remembered, as {@link MainWindow} sets them. */
    static final double[] DEFAULT_DIVIDERS = {MainWindow.OUTLINE_DIVIDER, MainWindow.CHECKS_DIVIDER};

    private FirstPaint() {
    }

    /**
     * The frame for a window of the given size: {@code dividers} are the panes' divider positions
     * (outline | document | checks), {@code report} may be null (a database without reports).
     */
    static Parent of(Report report, Messages m, double width, double height, double[] dividers) {
        return of(report, m, width, height, dividers, null);
    }

    /**
     * As {@link #of(Report, Messages, double, double, double[])}, the page starting at the heading of
     * {@code fromSection} (the last place, to which the window then returns), or at the title when it is
     * null or no longer in the report.
     */
    static Parent of(Report report, Messages m, double width, double height, double[] dividers, Long fromSection) {
        double[] d = dividers.length >= 2 ? dividers : DEFAULT_DIVIDERS;
        Font ui = Font.font(CjkFont.family(), UI_PX);
        HBox menus = new HBox(16);
        for (String key : List.of("menu.file", "menu.edit", "menu.view", "menu.help")) {
            menus.getChildren().add(text(m.get(key), ui));
        }
        menus.setPadding(new Insets(6, 10, 6, 18));
        menus.setBackground(Background.fill(BAR));

        VBox headings = new VBox(2);
        headings.setPadding(new Insets(6, 8, 8, 8));
        headings.setBackground(Background.fill(Color.WHITE));
        VBox.setVgrow(headings, Priority.ALWAYS);
        VBox outline = column(width * d[0], strip(BAR, OUTLINE_TOOLBAR_PX), headings);
        headings.setId(OUTLINE_ID);
        VBox page = new VBox(PARAGRAPH_GAP_PX);
        page.setPadding(PAGE_PADDING);
        page.setId(PAGE_ID);
        page.setBackground(Background.fill(Color.WHITE));
        VBox.setVgrow(page, Priority.ALWAYS);
        double pageWidth = width * (d[1] - d[0]);
        VBox centre = column(pageWidth, strip(TAB_ROW, TAB_ROW_PX), page);
        centre.setMinWidth(0); // the dividers' pixels come out of the document's width, as in the split pane
        HBox.setHgrow(centre, Priority.ALWAYS);
        VBox checksHeader = new VBox(text(m.get("checks.title"), Font.font(CjkFont.family(), FontWeight.BOLD, UI_PX)));
        checksHeader.setPadding(new Insets(6, 8, 6, 8));
        checksHeader.setBackground(Background.fill(BAR));
        Region checksBody = new Region();
        checksBody.setBackground(Background.fill(Color.WHITE));
        VBox.setVgrow(checksBody, Priority.ALWAYS);
        VBox checks = column(width * (1 - d[1]), checksHeader, checksBody);

        HBox status = new HBox();
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(3, 10, 3, 10));
        status.setBackground(Background.fill(BAR));
        if (report != null) {
            double lines = Math.max(1, height - CHROME_PX);
            headings.getChildren().addAll(headings(report, width * d[0] - 24, ui, (int) (lines / OUTLINE_LINE_PX) + 1));
            page.getChildren().addAll(paragraphs(report, pageWidth - PAGE_PADDING.getLeft() - PAGE_PADDING.getRight(),
                    lines, fromSection));
            status.getChildren().add(text(m.format("status.opened", report.title()), ui));
        }

        HBox panes = new HBox(1, outline, centre, checks);
        panes.setBackground(Background.fill(BORDER)); // the split pane's dividers
        BorderPane root = new BorderPane(panes, menus, null, status, null);
        root.getStyleClass().add("first-paint");
        return root;
    }

    private static List<Node> headings(Report report, double width, Font font, int most) {
        List<Node> out = new ArrayList<>();
        for (OutlineEntry entry : report.outline()) {
            if (out.size() == most) {
                break;
            }
            int level = entry.path().size();
            if (level > 2) {
                continue; // the tree opens with the first two levels shown
            }
            Text heading = text(SectionNumbering.label(entry.path()) + entry.section().heading(), font);
            heading.setTextOrigin(VPos.TOP); // the clip below starts at the line's top, not its baseline
            heading.setTranslateX(20 * level);
            heading.setClip(new Rectangle(Math.max(0, width - 20 * level), OUTLINE_LINE_PX));
            out.add(heading);
        }
        return out;
    }

    /** The paragraphs from {@code fromSection}'s heading that fill a column of the given text width and height, and one more. */
    private static List<Node> paragraphs(Report report, double textWidth, double height, Long fromSection) {
        List<Node> out = new ArrayList<>();
        int perLine = Math.max(1, (int) (textWidth / BODY_PX));
        double filled = 0;
        List<DocParagraph> all = DocumentLayout.of(report);
        int first = 0;
        for (int i = 0; fromSection != null && i < all.size(); i++) {
            if (all.get(i).block().kind() == Block.Kind.HEADING && fromSection.equals(all.get(i).block().section())) {
                first = i;
                break;
            }
        }
        for (DocParagraph p : all.subList(first, all.size())) {
            if (filled > height) {
                break;
            }
            filled += LINE_PX * (1 + p.text().length() / perLine);
            out.add(paragraph(p, textWidth));
        }
        return out;
    }

    private static Node paragraph(DocParagraph p, double textWidth) {
        Block block = p.block();
        String face = DocumentView.faceOf(block);
        boolean bold = block.kind() == Block.Kind.TITLE
                || block.kind() == Block.Kind.HEADING && block.level() == 1;
        Font font = Font.font(face, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                block.kind() == Block.Kind.TITLE ? TITLE_PX : BODY_PX);
        Text text = text(block.kind().indentsFirstLine() ? INDENT + p.text() : p.text(), font);
        text.setLineSpacing(LINE_SPACING_PX);
        switch (block.kind()) {
            case TITLE -> {
                text.setTextAlignment(TextAlignment.CENTER);
                text.setWrappingWidth(textWidth);
                VBox title = new VBox(text);
                title.setPadding(new Insets(8, 0, 16, 0));
                return title;
            }
            case HEADING -> {
                Text number = text(block.number(), font);
                text.setWrappingWidth(Math.max(1, textWidth - number.getLayoutBounds().getWidth()));
                return new HBox(number, text);
            }
            case ISSUER, DATE -> {
                text.setTextAlignment(TextAlignment.RIGHT);
                text.setWrappingWidth(textWidth);
                return text;
            }
            default -> {
                text.setTextAlignment(TextAlignment.JUSTIFY);
                text.setWrappingWidth(textWidth);
                return text;
            }
        }
    }

    private static Text text(String content, Font font) {
        Text text = new Text(content);
        text.setFont(font);
        text.getStyleClass().clear(); // no style class: no rule of modena's to match, the font stays as set
        return text;
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

    private static Region strip(Color colour, double height) {
        Region strip = new Region();
        strip.setBackground(Background.fill(colour));
        strip.setMinHeight(height);
        strip.setPrefHeight(height);
        return strip;
    }
}
