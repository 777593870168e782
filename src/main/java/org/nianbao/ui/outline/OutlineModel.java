package org.nianbao.ui.outline;

import static org.nianbao.ui.session.OutlineTree.child;
import static org.nianbao.ui.session.OutlineTree.last;
import static org.nianbao.ui.session.OutlineTree.parentOf;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nianbao.model.BadInputException;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Section;
import org.nianbao.ui.session.History;
import org.nianbao.ui.session.OrderedHistory;
import org.nianbao.ui.session.OutlineTree;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.session.UndoStack;

/**
 * The outline's commands (add, delete, rename, move, promote, demote, drag and drop) with undo and
 * redo. Each command is a {@link StructureEdit}, stored at once; undo applies its inverse.
 */
public final class OutlineModel implements History.Held {

    private final ReportSession session;
    private final UndoStack<StructureEdit> history;
    private final ReadOnlyObjectWrapper<List<Integer>> focus = new ReadOnlyObjectWrapper<>(List.of());

    public OutlineModel(ReportSession session) {
        this.session = session;
        this.history = new UndoStack<>(session, this::applyOrNull);
    }

    @Override
    public OrderedHistory history() {
        return history;
    }

    /** The section the outline should select: the one the last command touched. */
    public ReadOnlyObjectProperty<List<Integer>> focusProperty() {
        return focus.getReadOnlyProperty();
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

    private boolean run(StructureEdit edit) {
        return history.run(edit);
    }

    /** Applies an edit and returns its inverse; a refused edit changes nothing (the status says why). */
    private StructureEdit applyOrNull(StructureEdit edit) {
        try {
            StructureEdit inverse = edit.apply(session);
            focus.set(null); // so the same address selects again
            focus.set(edit.focus());
            return inverse;
        } catch (BadInputException refused) {
            return null;
        }
    }
}
