package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Section;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.EnumNames;
import org.nianbao.ui.common.HoverHint;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineNode;
import org.nianbao.ui.session.ReportSession;

/**
 * The centre: the selected section's number, heading and body. One line of the body area is one
 * paragraph. Every keystroke goes to the session, which saves it off the FX thread.
 */
public final class SectionEditor extends BorderPane {

    public static final String HEADING_ID = "heading";
    public static final String BODY_ID = "body";


    private final ReportSession session;
    private final List<MarkSource> markSources = new ArrayList<>();
    private final Label number = new Label();
    private final Label cited = new Label();
    private final MetricReferenceMarks references;
    private final TextField heading = new TextField();
    private final ChoiceBox<HeadingStyle> style = new ChoiceBox<>();
    private final StyleClassedTextArea body = new BodyArea();
    private final HoverHint hover;
    private List<TextMark> marks = List.of();
    private OutlineNode shown;
    private boolean loading;

    public SectionEditor(ReportSession session) {
        this.session = session;
        this.references = new MetricReferenceMarks(session);
        Messages m = session.messages();
        heading.setId(HEADING_ID);
        heading.setPromptText(m.get("editor.headingPrompt"));
        body.setId(BODY_ID);
        body.setWrapText(true);
        body.getStyleClass().add("section-body");
        body.setStyle(CjkFont.style());
        number.getStyleClass().add("section-number");
        style.getItems().setAll(HeadingStyle.values());
        style.setConverter(EnumNames.converter(m, "editor.style."));
        HBox top = new HBox(8, number, heading, style);
        top.setPadding(new Insets(8));
        top.getStyleClass().add("section-heading-bar");
        HBox.setHgrow(heading, Priority.ALWAYS);
        cited.setId("section-references");
        cited.getStyleClass().add("section-references");
        cited.setWrapText(true);
        cited.managedProperty().bind(cited.visibleProperty());
        setTop(new javafx.scene.layout.VBox(top, cited));
        setCenter(new VirtualizedScrollPane<>(body));
        hover = new HoverHint(body, at -> markAt(at).map(TextMark::hint));

        heading.textProperty().addListener((o, a, text) -> edit(s -> s.withHeading(text)));
        style.valueProperty().addListener((o, a, value) -> {
            if (value != null) {
                edit(s -> s.withStyle(value));
            }
        });
        body.textProperty().addListener((o, a, text) -> {
            edit(s -> s.withParagraphs(paragraphsOf(text)));
            restyle();
        });
        markSources.add(references);
        setDisable(true);
    }

    public StyleClassedTextArea body() {
        return body;
    }

    public TextField heading() {
        return heading;
    }

    public Optional<OutlineNode> shown() {
        return Optional.ofNullable(shown);
    }

    /** The line that lists the metrics this section cites with their current figures ("" when none). */
    public String citedFigures() {
        return cited.getText();
    }

    /** The hover hint shown now, or null when none is. */
    public String shownHint() {
        return hover.shown();
    }

    public void addMarkSource(MarkSource source) {
        markSources.add(source);
    }

    /** Shows a section (null: none); the text undo history starts afresh. */
    public void show(OutlineNode node) {
        boolean same = node != null && shown != null && node.section().id() != null
                && node.section().id().equals(shown.section().id());
        shown = node;
        if (same) {
            number.setText(node.number());
            syncHeading(node.section());
            restyle();
            return;
        }
        loading = true;
        try {
            setDisable(node == null);
            number.setText(node == null ? "" : node.number());
            heading.setText(node == null ? "" : node.section().heading());
            style.setValue(node == null ? null : node.section().style());
            body.replaceText(node == null ? "" : String.join("\n",
                    node.section().paragraphs().stream().map(Paragraph::text).toList()));
            body.getUndoManager().forgetHistory();
            body.moveTo(0);
            restyle();
        } finally {
            loading = false;
        }
    }

    /** A rename or its undo changed the heading elsewhere: the field follows without a new edit. */
    private void syncHeading(Section section) {
        if (heading.getText().equals(section.heading()) && style.getValue() == section.style()) {
            return;
        }
        loading = true;
        try {
            heading.setText(section.heading());
            style.setValue(section.style());
        } finally {
            loading = false;
        }
    }

    /** For a database that cannot be written: the text shows but cannot be changed. */
    public void setReadOnly() {
        body.setEditable(false);
        heading.setEditable(false);
        style.setDisable(true);
    }

    /** Selects a span of the body and scrolls to it (a finding's or a find's place). */
    public void select(int start, int end, boolean takeFocus) {
        int length = body.getLength();
        body.selectRange(Math.min(start, length), Math.min(end, length));
        body.requestFollowCaret();
        if (takeFocus) {
            body.requestFocus();
        }
    }

    /** The body's lines as shown, blank ones included. */
    public List<String> lines() {
        return Arrays.asList(body.getText().split("\n", -1));
    }

    /** Where the caret is, as a stored paragraph index and an offset in it. */
    public int[] caretParagraphAndOffset() {
        int caret = body.getCaretPosition();
        List<String> lines = lines();
        int offset = 0;
        int stored = 0;
        for (String line : lines) {
            if (caret <= offset + line.length()) {
                return new int[] {stored, caret - offset};
            }
            if (!line.isBlank()) {
                stored++;
            }
            offset += line.length() + 1;
        }
        return new int[] {Math.max(0, stored - 1), 0};
    }

    /** Re-applies the highlighting (the metrics or the findings changed). */
    public void restyle() {
        String text = body.getText();
        List<TextMark> found = new ArrayList<>();
        if (shown != null) {
            for (MarkSource source : markSources) {
                found.addAll(source.marks(shown, lines()));
            }
        }
        marks = MarkSpans.worstFirst(found);
        String summary = shown == null ? "" : references.summary(lines());
        cited.setText(summary.isEmpty() ? "" : session.messages().format("editor.references", summary));
        cited.setVisible(!summary.isEmpty());
        body.setStyleSpans(0, MarkSpans.of(text.length(), marks));
    }


    private Optional<TextMark> markAt(int index) {
        return marks.stream().filter(mk -> mk.start() <= index && index < mk.end()).findFirst();
    }


    private void edit(java.util.function.UnaryOperator<Section> change) {
        if (loading || shown == null || shown.section().id() == null) {
            return;
        }
        session.editSection(shown.section().id(), change);
    }

    static List<Paragraph> paragraphsOf(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).map(Paragraph::new).toList();
    }
}
