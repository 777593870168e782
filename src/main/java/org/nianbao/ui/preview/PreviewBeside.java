package org.nianbao.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.TextLocation;
import org.nianbao.model.Report;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.DocParagraph;
import org.nianbao.ui.document.DocumentArea;
import org.nianbao.ui.document.DocumentView;
import org.nianbao.ui.session.ReportSession;

/**
 * The page preview as a pane beside the document view (视图 → 在全文旁显示页面): the pages follow every
 * edit (laid out off the FX thread, shortly after typing pauses), a click on a page selects that line's
 * text in the document, moving the caret turns to its page, and the status bar counts the pages.
 * Nothing is laid out, and no font is read, until the pane is first shown.
 */
public final class PreviewBeside {

    public static final String SPLIT_ID = "documentWithPages";
    public static final String PAGE_COUNT_ID = "statusPageCount";

    private final ReportSession session;
    private final DocumentView document;
    private final Tab tab;
    private final Pane statusBar;
    private final Messages messages;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final Label pageCount = new Label();
    private final ChangeListener<Report> follow = (o, old, report) -> this.model.reportProperty().set(report);
    private PreviewModel model;
    private PreviewPane pane;
    private SplitPane split;
    /** True while a click's text is being selected: the caret then must not turn the page. */
    private boolean selecting;

    public PreviewBeside(ReportSession session, DocumentView document, Tab tab, Pane statusBar) {
        this.session = session;
        this.document = document;
        this.tab = tab;
        this.statusBar = statusBar;
        this.messages = session.messages();
        pageCount.setId(PAGE_COUNT_ID);
        shown.addListener((o, was, show) -> {
            if (show) {
                show();
            } else {
                hide();
            }
        });
    }

    /** Whether the pages stand beside the document; the View menu's toggle. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The preview's state, once shown. */
    public Optional<PreviewModel> model() {
        return Optional.ofNullable(model);
    }

    public Optional<PreviewPane> pane() {
        return Optional.ofNullable(pane);
    }

    private void build() {
        model = PreviewModel.withInstalledFonts();
        pane = new PreviewPane(model, messages);
        split = new SplitPane();
        split.setId(SPLIT_ID);
        split.setOrientation(Orientation.HORIZONTAL);
        model.pagesProperty().addListener((o, old, pages) -> pageCount.setText(
                pages == null ? "" : messages.format("preview.pageCount", pages.pageCount())));
        DocumentArea area = document.area();
        area.caretPositionProperty().addListener((o, old, caret) -> {
            if (shown.get() && !selecting) {
                links().locationOf(area.getCurrentParagraph(), area.getCaretColumn())
                        .ifPresent(at -> model.caretProperty().set(at));
            }
        });
        model.clickedProperty().addListener((o, old, clicked) -> select(clicked));
    }

    private void show() {
        if (model == null) {
            build();
        }
        tab.setContent(null);
        split.getItems().setAll(document, pane);
        split.setDividerPositions(0.55);
        tab.setContent(split);
        if (!statusBar.getChildren().contains(pageCount)) {
            statusBar.getChildren().add(pageCount);
        }
        session.reportProperty().addListener(follow);
        model.reportProperty().set(session.report());
    }

    private void hide() {
        session.reportProperty().removeListener(follow);
        split.getItems().clear();
        tab.setContent(document);
        statusBar.getChildren().remove(pageCount);
    }

    /** The document's paragraphs as they stand now, linked to the pages. */
    private PageLinks links() {
        DocumentArea area = document.area();
        List<DocParagraph> paragraphs = new ArrayList<>(area.getParagraphs().size());
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            paragraphs.add(new DocParagraph(area.block(p), area.getParagraph(p).getText()));
        }
        Report report = session.report();
        return new PageLinks(paragraphs, report == null ? List.of() : report.metrics());
    }

    /** Selects in the document the line of the page the officer clicked. */
    private void select(TextLocation clicked) {
        LaidOutReport pages = model.pagesProperty().get();
        if (clicked == null || pages == null) {
            return;
        }
        PageLinks.lineOf(pages, model.pageProperty().get(), clicked).flatMap(links()::spanOf).ifPresent(span -> {
            DocumentArea area = document.area();
            selecting = true;
            try {
                area.selectRange(span.paragraph(), span.start(), span.paragraph(), span.end());
            } finally {
                selecting = false;
            }
            area.showParagraphAtCenter(span.paragraph());
        });
    }
}
