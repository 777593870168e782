package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A section with its place in the outline: {@code path} holds the 1-based position at each level,
 * so [1, 5] is the fifth level-2 section of the first part (一、（五）).
 */
public record OutlineEntry(Section section, List<Integer> path) {

    public OutlineEntry {
        path = List.copyOf(path);
    }

    public int level() {
        return path.size();
    }

    static List<OutlineEntry> flatten(List<Section> roots) {
        List<OutlineEntry> out = new ArrayList<>();
        walk(roots, new ArrayList<>(), out);
        return out;
    }

    private static void walk(List<Section> sections, List<Integer> prefix, List<OutlineEntry> out) {
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> path = new ArrayList<>(prefix);
            path.add(i + 1);
            Section section = sections.get(i);
            out.add(new OutlineEntry(section, path));
            walk(section.children(), path, out);
        }
    }
}
