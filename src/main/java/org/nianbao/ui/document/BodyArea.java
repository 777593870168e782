package org.nianbao.ui.document;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.nianbao.ui.common.InputMethods;

/**
 * The section body's text area. Its undo history holds the text only: the figure highlighting is
 * re-applied after every change and by the checks, and as a style change in the history it made one
 * Ctrl+Z undo a highlight instead of the typing (and redo need two presses). Input-method commits are
 * always taken ({@link InputMethods}).
 */
final class BodyArea extends StyleClassedTextArea {

    BodyArea() {
        setUndoManager(org.fxmisc.richtext.util.UndoUtils.plainTextUndoManager(this));
        InputMethods.accept(this, this::handleInputMethodEvent);
    }
}
