package org.nianbao.ui;

import static org.nianbao.ui.OutlineTree.child;
import static org.nianbao.ui.OutlineTree.last;
import static org.nianbao.ui.OutlineTree.parentOf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nianbao.model.BadInputException;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Section;

/**
 * The outline's commands (add, delete, rename, move, promote, demote, drag and drop) with undo and
 * redo. Each command is a {@link StructureEdit}, stored at once; undo applies its inverse.
 */
public final class OutlineModel implements History {

    private final ReportSession session;
    private final Deque<StructureEdit> undo = new ArrayDeque<>();
    private final Deque<StructureEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Integer>> focus = new ReadOnlyObjectWrapper<>(List.of());

    public OutlineModel(ReportSession session) {
        this.session = session;
        session.reportProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !java.util.Objects.equals(old.id(), now.id())) {
                undo.clear();
                redo.clear();
                refreshFlags();
            }
        });
    }

    /** The section the outline should select: the one the last command touched. */
    public ReadOnlyObjectProperty<List<Integer>> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A new section after the selected one at the same level (a new part when nothing is selected). */
    public boolean addAfter(List<Integer> selected, String heading) {
        Section fresh = Section.of(heading, HeadingStyle.STANDALONE, List.of(), List.of());
        if (selected == null || selected.isEmpty()) {
            return run(new StructureEdit.Insert(List.of(), session.report().sections().size(), fresh));
        }
        return run(new StructureEdit.Insert(parentOf(selected), last(selected) + 1, fresh));
    }

    /** A new last child of the selected section. */
    public boolean addChild(List<Integer> selected, String heading) {
        Section parent = OutlineTree.at(session.report().sections(), selected);
        return run(new StructureEdit.Insert(selected, parent.children().size(),
                Section.of(heading, HeadingStyle.RUN_IN, List.of(), List.of())));
    }

    public boolean delete(List<Integer> selected) {
        return run(new StructureEdit.Delete(selected));
    }

    public boolean rename(List<Integer> selected, String heading) {
        return run(new StructureEdit.Rename(selected, heading));
    }

    public boolean moveUp(List<Integer> selected) {
        int index = last(selected);
        return index > 0 && run(new StructureEdit.Move(selected, parentOf(selected), index - 1));
    }

    public boolean moveDown(List<Integer> selected) {
        int index = last(selected);
        int siblings = OutlineTree.childrenAt(session.report().sections(), parentOf(selected)).size();
        return index < siblings - 1 && run(new StructureEdit.Move(selected, parentOf(selected), index + 1));
    }

    /** 升级: the section becomes the next sibling of its parent. */
    public boolean promote(List<Integer> selected) {
        if (selected.size() < 2) {
            return false;
        }
        List<Integer> parent = parentOf(selected);
        return run(new StructureEdit.Move(selected, parentOf(parent), last(parent) + 1));
    }

    /** 降级: the section becomes the last child of its previous sibling. */
    public boolean demote(List<Integer> selected) {
        int index = last(selected);
        if (index == 0) {
            return false;
        }
        List<Integer> previous = child(parentOf(selected), index - 1);
        int size = OutlineTree.at(session.report().sections(), previous).children().size();
        return run(new StructureEdit.Move(selected, previous, size));
    }

    /** Where a drop onto a row puts the dragged section: the row's upper edge, lower edge or middle. */
    public enum Drop { BEFORE, AFTER, INSIDE }

    /**
     * Drag and drop: the dragged section goes right before or after the target at the target's level,
     * or becomes its last child. Refused into its own subtree, and past the fourth level (with why).
     */
    public boolean drop(List<Integer> dragged, List<Integer> target, Drop where) {
        if (target.size() >= dragged.size() && target.subList(0, dragged.size()).equals(dragged)) {
            if (!target.equals(dragged)) {
                session.tell(session.messages().get("error.intoItself"));
            }
            return false;
        }
        long targetId = OutlineTree.at(session.report().sections(), target).id();
        List<Section> without = OutlineTree.remove(session.report().sections(), dragged);
        Optional<List<Integer>> landing = OutlineTree.addressOf(without, targetId);
        if (landing.isEmpty()) {
            return false;
        }
        List<Integer> at = landing.get();
        return switch (where) {
            case BEFORE -> run(new StructureEdit.Move(dragged, parentOf(at), last(at)));
            case AFTER -> run(new StructureEdit.Move(dragged, parentOf(at), last(at) + 1));
            case INSIDE -> run(new StructureEdit.Move(dragged, at, OutlineTree.at(without, at).children().size()));
        };
    }

    @Override
    public boolean undo() {
        return replay(undo, redo);
    }

    @Override
    public boolean redo() {
        return replay(redo, undo);
    }

    private boolean run(StructureEdit edit) {
        boolean done = applyOnto(edit, undo);
        if (done) {
            redo.clear();
            refreshFlags();
        }
        return done;
    }

    private boolean replay(Deque<StructureEdit> from, Deque<StructureEdit> to) {
        return !from.isEmpty() && applyOnto(from.pop(), to);
    }

    /** Applies an edit and pushes its inverse; a refused edit changes nothing (the status says why). */
    private boolean applyOnto(StructureEdit edit, Deque<StructureEdit> inverses) {
        try {
            inverses.push(edit.apply(session));
            focus.set(null); // so the same address selects again
            focus.set(edit.focus());
            return true;
        } catch (BadInputException refused) {
            return false;
        } finally {
            refreshFlags();
        }
    }

    private void refreshFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
