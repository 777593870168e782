package org.nianbao.ui.outline;

import static org.nianbao.ui.session.OutlineTree.at;
import static org.nianbao.ui.session.OutlineTree.child;
import static org.nianbao.ui.session.OutlineTree.height;
import static org.nianbao.ui.session.OutlineTree.last;
import static org.nianbao.ui.session.OutlineTree.parentOf;

import java.util.List;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.ui.session.OutlineTree;
import org.nianbao.ui.session.ReportSession;

/**
 * One undoable change of the outline. Applying an edit stores it, updates the session and returns
 * the edit that undoes it; sections are named by address, which undo and redo restore exactly.
 */
sealed interface StructureEdit {

    /** Applies the edit; returns its inverse. */
    StructureEdit apply(ReportSession session);

    /** The section to select once the edit is applied. */
    List<Integer> focus();

    record Insert(List<Integer> parent, int index, Section section) implements StructureEdit {
        @Override
        public StructureEdit apply(ReportSession session) {
            Report report = session.report();
            requireFits(session, parent.size() + height(section));
            Long parentId = parent.isEmpty() ? null : at(report.sections(), parent).id();
            Section stored = session.write(() -> session.store().insertSection(report.id(), parentId, index, section));
            session.replaceStructure(report.withSections(OutlineTree.insert(report.sections(), parent, index, stored)));
            return new Delete(focus());
        }

        @Override
        public List<Integer> focus() {
            return child(parent, index);
        }
    }

    record Delete(List<Integer> address) implements StructureEdit {
        @Override
        public StructureEdit apply(ReportSession session) {
            Report report = session.report();
            Section gone = at(report.sections(), address);
            session.write(() -> {
                session.store().deleteSection(gone.id());
                return null;
            });
            session.replaceStructure(report.withSections(OutlineTree.remove(report.sections(), address)));
            return new Insert(parentOf(address), last(address), OutlineTree.withoutIds(gone));
        }

        @Override
        public List<Integer> focus() {
            int index = last(address);
            return index > 0 ? child(parentOf(address), index - 1) : parentOf(address);
        }
    }

    /**
     * Moves a section: it leaves {@code from}, then goes under {@code toParent} (an address in the
     * outline without it) at {@code toIndex}, which is how the store counts positions too.
     */
    record Move(List<Integer> from, List<Integer> toParent, int toIndex) implements StructureEdit {
        @Override
        public StructureEdit apply(ReportSession session) {
            Report report = session.report();
            Section moving = at(report.sections(), from);
            List<Section> without = OutlineTree.remove(report.sections(), from);
            requireFits(session, toParent.size() + height(moving));
            Long parentId = toParent.isEmpty() ? null : at(without, toParent).id();
            session.write(() -> {
                session.store().moveSection(moving.id(), parentId, toIndex);
                return null;
            });
            // as the store does: a moved section's number in the imported file no longer says where it belongs
            session.replaceStructure(report.withSections(
                    OutlineTree.insert(without, toParent, toIndex, moving.withWritten(null))));
            return new Move(focus(), parentOf(from), last(from));
        }

        @Override
        public List<Integer> focus() {
            return child(toParent, toIndex);
        }
    }

    record Rename(List<Integer> address, String heading) implements StructureEdit {
        @Override
        public StructureEdit apply(ReportSession session) {
            Report report = session.report();
            Section old = at(report.sections(), address);
            Section renamed = old.withHeading(heading);
            session.write(() -> {
                session.store().updateSection(renamed);
                return null;
            });
            session.replaceStructure(report.withSections(OutlineTree.replace(report.sections(), address, renamed)));
            return new Rename(address, old.heading());
        }

        @Override
        public List<Integer> focus() {
            return address;
        }
    }

    private static void requireFits(ReportSession session, int deepestLevel) {
        if (deepestLevel > Section.MAX_LEVEL) {
            BadInputException refusal = new BadInputException(session.messages().get("error.tooDeep"),
                    "headings go four levels deep at most");
            session.tell(refusal.chinese());
            throw refusal;
        }
    }
}
