package org.nianbao.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nianbao.model.Section;

/**
 * Edits of an immutable section tree by address: an address is the list of 0-based positions from
 * the top level down ([0, 4] is the fifth child of the first part, 一、（五）). Addresses rather than
 * ids, because undoing a delete inserts the section again under new ids.
 */
public final class OutlineTree {

    private OutlineTree() {
    }

    public static Section at(List<Section> roots, List<Integer> address) {
        List<Section> level = roots;
        Section found = null;
        for (int index : address) {
            found = level.get(index);
            level = found.children();
        }
        if (found == null) {
            throw new IllegalArgumentException("empty address");
        }
        return found;
    }

    public static List<Section> childrenAt(List<Section> roots, List<Integer> parent) {
        return parent.isEmpty() ? roots : at(roots, parent).children();
    }

    public static List<Section> insert(List<Section> roots, List<Integer> parent, int index, Section section) {
        return updateChildren(roots, parent, siblings -> {
            List<Section> copy = new ArrayList<>(siblings);
            copy.add(index, section);
            return copy;
        });
    }

    public static List<Section> remove(List<Section> roots, List<Integer> address) {
        int index = last(address);
        return updateChildren(roots, parentOf(address), siblings -> {
            List<Section> copy = new ArrayList<>(siblings);
            copy.remove(index);
            return copy;
        });
    }

    public static List<Section> replace(List<Section> roots, List<Integer> address, Section section) {
        int index = last(address);
        return updateChildren(roots, parentOf(address), siblings -> {
            List<Section> copy = new ArrayList<>(siblings);
            copy.set(index, section);
            return copy;
        });
    }

    public static Optional<List<Integer>> addressOf(List<Section> roots, long id) {
        for (int i = 0; i < roots.size(); i++) {
            Section s = roots.get(i);
            if (s.id() != null && s.id() == id) {
                return Optional.of(List.of(i));
            }
            Optional<List<Integer>> below = addressOf(s.children(), id);
            if (below.isPresent()) {
                List<Integer> path = new ArrayList<>();
                path.add(i);
                path.addAll(below.get());
                return Optional.of(List.copyOf(path));
            }
        }
        return Optional.empty();
    }

    /** Levels a subtree spans: 1 for a section without children. */
    public static int height(Section s) {
        return 1 + s.children().stream().mapToInt(OutlineTree::height).max().orElse(0);
    }

    /** The same subtree without ids, to be stored again (undo of a delete). */
    public static Section withoutIds(Section s) {
        return s.withId(null).withChildren(s.children().stream().map(OutlineTree::withoutIds).toList());
    }

    public static List<Integer> parentOf(List<Integer> address) {
        return List.copyOf(address.subList(0, address.size() - 1));
    }

    public static int last(List<Integer> address) {
        return address.get(address.size() - 1);
    }

    public static List<Integer> child(List<Integer> parent, int index) {
        List<Integer> out = new ArrayList<>(parent);
        out.add(index);
        return List.copyOf(out);
    }

    /** 1-based outline path as {@link org.nianbao.model.OutlineEntry} and numbering use it. */
    public static List<Integer> oneBased(List<Integer> address) {
        return address.stream().map(i -> i + 1).toList();
    }

    private static List<Section> updateChildren(List<Section> roots, List<Integer> parent,
                                                UnaryOperator<List<Section>> change) {
        if (parent.isEmpty()) {
            return List.copyOf(change.apply(roots));
        }
        int index = parent.get(0);
        Section s = roots.get(index);
        Section changed = s.withChildren(updateChildren(s.children(), parent.subList(1, parent.size()), change));
        List<Section> copy = new ArrayList<>(roots);
        copy.set(index, changed);
        return List.copyOf(copy);
    }
}
