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
 * status line says why). The stacks empty when another report is opened. Each step keeps when it
 * was first made through undo and redo ({@link EditClock}).
 */
public final class UndoStack<E> implements OrderedHistory {

    private final UnaryOperator<E> apply;
    private final Deque<Step<E>> undo = new ArrayDeque<>();
    private final Deque<Step<E>> redo = new ArrayDeque<>();
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
        undo.push(new Step<>(inverse, EditClock.tick()));
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

    private boolean replay(Deque<Step<E>> from, Deque<Step<E>> to) {
        if (from.isEmpty()) {
            return false;
        }
        Step<E> step = from.pop();
        E inverse = apply.apply(step.edit());
        if (inverse != null) {
            to.push(new Step<>(inverse, step.made()));
        }
        refreshFlags();
        return inverse != null;
    }

    @Override
    public long lastDone() {
        return undo.isEmpty() ? Long.MIN_VALUE : undo.peek().made();
    }

    @Override
    public long firstUndone() {
        return redo.isEmpty() ? Long.MAX_VALUE : redo.peek().made();
    }

    /** An edit that undoes or redoes a step, and when that step was first made. */
    private record Step<E>(E edit, long made) {
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
