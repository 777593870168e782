package org.nianbao.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The document's text and its outline as one history, as Word keeps one: Ctrl+Z takes back the latest
 * step of either (a typed word, then the section moved before it, then the paste before that), Ctrl+Y
 * brings them back in the order they were made. A step undone in one and then passed by a new step in
 * the other is not redone: Word forgets what was undone once something new is done.
 */
public final class EditsInOrder implements History {

    private final OrderedHistory text;
    private final OrderedHistory outline;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public EditsInOrder(OrderedHistory text, OrderedHistory outline) {
        this.text = text;
        this.outline = outline;
        canUndo.bind(text.canUndoProperty().or(outline.canUndoProperty()));
        canRedo.bind(text.canRedoProperty().or(outline.canRedoProperty()));
    }

    @Override
    public boolean undo() {
        if (text.lastDone() == Long.MIN_VALUE && outline.lastDone() == Long.MIN_VALUE) {
            return false;
        }
        return text.lastDone() > outline.lastDone() ? text.undo() : outline.undo();
    }

    @Override
    public boolean redo() {
        boolean textFirst = text.firstUndone() < outline.firstUndone();
        OrderedHistory next = textFirst ? text : outline;
        OrderedHistory other = textFirst ? outline : text;
        if (next.firstUndone() == Long.MAX_VALUE || next.firstUndone() < other.lastDone()) {
            return false; // nothing undone, or undone before a newer step of the other
        }
        return next.redo();
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
