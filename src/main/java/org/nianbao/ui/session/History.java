package org.nianbao.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * An undo history of one part of the window (the outline, a table): Ctrl+Z and Ctrl+Y go to it, and
 * the Edit menu's items are enabled while it has something to undo or redo.
 */
public interface History {
    boolean undo();

    boolean redo();

    ReadOnlyBooleanProperty canUndoProperty();

    ReadOnlyBooleanProperty canRedoProperty();

    /** A view model whose history is one it holds (a table's stored rows). */
    interface Held extends History {
        History history();

        @Override
        default boolean undo() {
            return history().undo();
        }

        @Override
        default boolean redo() {
            return history().redo();
        }

        @Override
        default ReadOnlyBooleanProperty canUndoProperty() {
            return history().canUndoProperty();
        }

        @Override
        default ReadOnlyBooleanProperty canRedoProperty() {
            return history().canRedoProperty();
        }
    }
}
