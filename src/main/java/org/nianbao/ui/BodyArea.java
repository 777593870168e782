package org.nianbao.ui;

import javafx.scene.input.InputMethodRequests;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The section body's text area. Its undo history holds the text only: the figure highlighting is
 * re-applied after every change and by the checks, and as a style change in the history it made one
 * Ctrl+Z undo a highlight instead of the typing (and redo need two presses). RichTextFX handles input-method events (Pinyin, Wubi) only when the
 * platform reports input-method support; this area always takes the committed text, so Chinese
 * typed through an input method is never lost to a platform that reports wrongly.
 */
final class BodyArea extends StyleClassedTextArea {

    BodyArea() {
        setUndoManager(org.fxmisc.richtext.util.UndoUtils.plainTextUndoManager(this));
        if (getOnInputMethodTextChanged() == null) {
            setOnInputMethodTextChanged(this::handleInputMethodEvent);
        }
        if (getInputMethodRequests() == null) {
            setInputMethodRequests(new CaretRequests());
        }
    }

    /** Where the input method puts its candidate window: at the caret. */
    private final class CaretRequests implements InputMethodRequests {
        @Override
        public javafx.geometry.Point2D getTextLocation(int offset) {
            return getCaretBounds().map(b -> new javafx.geometry.Point2D(b.getMaxX(), b.getMaxY()))
                    .orElseGet(() -> new javafx.geometry.Point2D(0, 0));
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
        }

        @Override
        public String getSelectedText() {
            return BodyArea.this.getSelectedText();
        }
    }
}
