package org.nianbao.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The undo and redo stacks of one part of the window (the outline, a table). An edit is applied by a
 * function that returns its inverse, or null when the edit was refused (then nothing changed and the
 * status line says why). The stacks empty when another report is opened.
 */
public final class UndoStack<E> implements History {

    private final UnaryOperator<E> apply;
    private final Deque<E> undo = new ArrayDeque<>();
    private final Deque<E> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public UndoStack(ReportSession session, UnaryOperator<E> apply) {
        this.apply = apply;
        session.reportProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !Objects.equals(old.id(), now.id())) {
                undo.clear();
                redo.clear();
                refreshFlags();
            }
        });
    }

    /** Applies a new edit; false when it was refused. */
    public boolean run(E edit) {
        E inverse = apply.apply(edit);
        if (inverse == null) {
            return false;
        }
        undo.push(inverse);
        redo.clear();
        refreshFlags();
        return true;
    }

    @Override
    public boolean undo() {
        return replay(undo, redo);
    }

    @Override
    public boolean redo() {
        return replay(redo, undo);
    }

    private boolean replay(Deque<E> from, Deque<E> to) {
        if (from.isEmpty()) {
            return false;
        }
        E inverse = apply.apply(from.pop());
        if (inverse != null) {
            to.push(inverse);
        }
        refreshFlags();
        return inverse != null;
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void refreshFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
