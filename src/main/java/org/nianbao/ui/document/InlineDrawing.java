package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.CaretNode;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.SelectionPath;
import org.fxmisc.richtext.TextExt;

/**
 * What the document view draws in a paragraph that is not its text (decision 0017): the body's
 * first-line indent (首行缩进两字) and a reviewer's inserted words at their place. A {@code TextFlow}
 * has no first-line indent and no text that is not a character, but it counts a child that is not a
 * {@code Text} as one character. So the character next to what is drawn is shown by such a child, a
 * {@link CharBox} of [indent][words before][the character][words after]: one character in the flow as
 * in the area's text, so offsets, carets, selections, find, copy and undo see the text alone.
 *
 * <p>The boxes are made when RichTextFX builds a paragraph's view (its paragraph-style hook runs
 * right after the segments' nodes are made, before anything else is added), so only the paragraphs
 * in view have them.
 */
final class InlineDrawing {

    /** A text style entry (not a CSS class) carrying words drawn beside the character: see {@link #styleEntry}. */
    private static final String DRAWN = "drawn:";
    private static final String WORDS_KEY = "nianbao.drawnWords";
    static final String BOX_CLASS = "drawn-char";
    static final String WORDS_CLASS = "drawn-words";
    /** The most characters of inserted words drawn: with their character, well within a line. */
    static final int LONGEST_DRAWN = 12;
    /** The indent in characters of the body font (GB/T 9704: two). */
    private static final double INDENT_CHARACTERS = 2;

    private InlineDrawing() {
    }

    /** The text style entry that draws words beside the characters it styles. */
    static String styleEntry(TextMark.Inserted words) {
        return DRAWN + (words.before() ? "<" : ">") + words.styleClass() + "|" + words.words();
    }

    static Optional<TextMark.Inserted> wordsOf(Collection<String> style) {
        for (String entry : style) {
            if (entry.startsWith(DRAWN)) {
                int bar = entry.indexOf('|');
                return Optional.of(new TextMark.Inserted(entry.substring(bar + 1), entry.substring(DRAWN.length() + 1, bar),
                        entry.charAt(DRAWN.length()) == '<'));
            }
        }
        return Optional.empty();
    }

    /** The area's text style on a segment's node: its CSS classes; words to draw are kept aside for {@link #draw}. */
    static void applyStyle(TextExt text, Collection<String> style) {
        for (String entry : style) {
            if (entry.startsWith(DRAWN)) {
                text.getProperties().put(WORDS_KEY, entry);
            } else {
                text.getStyleClass().add(entry);
            }
        }
    }

    /** Reworks a paragraph's freshly made nodes: the inserted words, then the first-line indent. */
    static void draw(TextFlow flow, Block block) {
        List<Node> nodes = flow.getChildren();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i) instanceof TextExt text && text.getProperties().get(WORDS_KEY) instanceof String entry) {
                drawWords(flow, i, text, wordsOf(List.of(entry)).orElseThrow());
            }
        }
        if (!block.kind().indentsFirstLine() || nodes.isEmpty()) {
            placeCaretAtStart(flow, new javafx.beans.property.SimpleDoubleProperty(0));
            return;
        }
        CharBox first = null; // none in an empty paragraph: only the caret is indented there
        if (nodes.get(0) instanceof CharBox box) {
            first = box;
        } else if (nodes.get(0) instanceof TextExt text && boxable(text.getText(), true)) {
            first = new CharBox(copy(text, text.getText().substring(0, 1)));
            replace(nodes, 0, text, first, true);
        }
        Node sizing = first != null ? first.host : nodes.get(0);
        if (!(sizing instanceof TextExt text)) {
            return;
        }
        var indent = Bindings.createDoubleBinding(() -> INDENT_CHARACTERS * text.getFont().getSize(), text.fontProperty());
        if (first != null) {
            first.paddingProperty().bind(Bindings.createObjectBinding(() -> new Insets(0, 0, 0, indent.get()), indent));
        }
        placeCaretAtStart(flow, indent);
    }

    /** Splits the words' character off its segment into a box drawn with the words. */
    private static void drawWords(TextFlow flow, int at, TextExt text, TextMark.Inserted words) {
        String s = text.getText();
        if (!boxable(s, words.before())) {
            return;
        }
        String hostChar = words.before() ? s.substring(0, 1) : s.substring(s.length() - 1);
        TextExt host = copy(text, hostChar);
        // The words themselves are the insertion's mark; its character keeps only its own marks.
        host.getStyleClass().remove(words.styleClass());
        TextExt drawn = new TextExt(shown(words.words()));
        drawn.setTextOrigin(VPos.TOP);
        drawn.getStyleClass().addAll("text", words.styleClass(), WORDS_CLASS);
        CharBox box = new CharBox(host);
        int hostAt = box.getChildren().indexOf(box.host);
        box.getChildren().add(words.before() ? hostAt : hostAt + 1, drawn);
        replace(flow.getChildren(), at, text, box, words.before());
    }

    /**
     * The words as drawn: the box they are drawn in does not break across lines, so a long insertion
     * shows its start (all of it is on hover and in the 审阅 pane); a line break is shown, not made.
     */
    static String shown(String words) {
        String line = words.replace("\n", "¶");
        return line.length() <= LONGEST_DRAWN ? line : line.substring(0, LONGEST_DRAWN - 1) + "…";
    }

    /**
     * Whether the first (or last) character of a text can be a box: not one half of a character outside
     * the Basic Multilingual Plane (a rare name's character, 𠮷), which is two chars of the text but
     * would be one in the flow. Such a paragraph goes without its indent or its drawn words.
     */
    private static boolean boxable(String text, boolean first) {
        return !text.isEmpty() && !Character.isSurrogate(text.charAt(first ? 0 : text.length() - 1));
    }

    /** Puts {@code box} in place of {@code text}'s first (or last) character, the rest of the text beside it. */
    private static void replace(List<Node> nodes, int at, TextExt text, CharBox box, boolean boxFirst) {
        String s = text.getText();
        List<Node> with = new ArrayList<>();
        if (boxFirst) {
            with.add(box);
            if (s.length() > 1) {
                with.add(copy(text, s.substring(1)));
            }
        } else {
            if (s.length() > 1) {
                with.add(copy(text, s.substring(0, s.length() - 1)));
            }
            with.add(box);
        }
        nodes.remove(at);
        nodes.addAll(at, with);
    }

    private static TextExt copy(TextExt text, String part) {
        TextExt t = new TextExt(part);
        t.setTextOrigin(VPos.TOP);
        t.getStyleClass().setAll(text.getStyleClass());
        return t;
    }

    /**
     * At a paragraph's start the caret is drawn where the text starts, not at the margin: the flow puts
     * it before the first box, indent and all. A caret moving into a paragraph is placed by it (not
     * indented: by nothing), so it never keeps the place a paragraph it left gave it. A selection from
     * the start is drawn from the text too, not over the indent.
     */
    private static void placeCaretAtStart(TextFlow flow, javafx.beans.value.ObservableDoubleValue indent) {
        flow.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                for (Node added : change.getAddedSubList()) {
                    if (added instanceof CaretNode caret) {
                        caret.translateXProperty().bind(Bindings.createDoubleBinding(
                                () -> caret.getColumnPosition() == 0 ? indent.get() : 0,
                                caret.columnPositionProperty(), indent));
                    } else if (added instanceof SelectionPath selection) {
                        selection.getElements().addListener(
                                (ListChangeListener<PathElement>) c -> skipIndent(selection, indent.get()));
                        skipIndent(selection, indent.get());
                    }
                }
            }
        });
    }

    /**
     * The flow shapes a selection as a rectangle a line (move to the top left, lines round to it); one
     * that starts at the first line's left edge starts at the paragraph's start, on the indent.
     */
    private static void skipIndent(SelectionPath selection, double indent) {
        List<PathElement> shape = selection.getElements();
        if (indent > 0 && shape.size() >= 5 && shape.get(0) instanceof MoveTo topLeft && topLeft.getX() < indent / 2
                && topLeft.getY() < indent / 2 // the first line (the flow's half line spacing above it at most)
                && shape.get(3) instanceof LineTo bottomLeft && shape.get(4) instanceof LineTo back) {
            topLeft.setX(indent);
            bottomLeft.setX(indent);
            back.setX(indent);
        }
    }

    /**
     * A click on a box lands before or after its character by the character's own middle, not the
     * box's: a click on the indent is at the paragraph's start, a click on the words after the
     * character is after it (where the words would go).
     */
    static CharacterHit refine(Node area, CharacterHit hit, Point2D screen) {
        if (screen == null || hit.getCharacterIndex().isEmpty()) {
            return hit;
        }
        for (Node node : area.lookupAll("." + BOX_CLASS)) {
            Bounds box = node.localToScreen(node.getBoundsInLocal());
            if (node instanceof CharBox charBox && box != null && box.contains(screen)) {
                Bounds host = charBox.host.localToScreen(charBox.host.getBoundsInLocal());
                int index = hit.getCharacterIndex().getAsInt();
                // still a hit on that character: a press on a selected one drags the selection
                return screen.getX() < host.getCenterX() ? CharacterHit.leadingHalfOf(index) : CharacterHit.trailingHalfOf(index);
            }
        }
        return hit;
    }

    /**
     * One character of the text with what is drawn beside it, one character to the flow. The flow
     * draws the area's backgrounds and underlines (a figure's highlight, a comment's tint) for its own
     * texts only, so the box draws its character's.
     */
    static final class CharBox extends HBox {

        final TextExt host;
        private final javafx.scene.shape.Rectangle shade = new javafx.scene.shape.Rectangle();
        private final javafx.scene.shape.Line underline = new javafx.scene.shape.Line();

        CharBox(TextExt host) {
            super(host);
            this.host = host;
            getStyleClass().add(BOX_CLASS);
            setAlignment(Pos.BASELINE_LEFT);
            shade.setManaged(false);
            underline.setManaged(false);
            getChildren().add(0, shade);
            getChildren().add(underline);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            Bounds at = host.getBoundsInParent();
            shade.setFill(host.getBackgroundColor());
            shade.setVisible(host.getBackgroundColor() != null);
            shade.setX(at.getMinX());
            shade.setY(at.getMinY());
            shade.setWidth(at.getWidth());
            shade.setHeight(at.getHeight());
            Number width = host.getUnderlineWidth();
            underline.setVisible(host.getUnderlineColor() != null && width != null && width.doubleValue() > 0);
            underline.setStroke(host.getUnderlineColor());
            underline.setStrokeWidth(width == null ? 0 : width.doubleValue());
            double y = at.getMaxY() - 2.5; // where the flow draws its underlines
            underline.setStartX(at.getMinX());
            underline.setEndX(at.getMaxX());
            underline.setStartY(y);
            underline.setEndY(y);
        }
    }
}
