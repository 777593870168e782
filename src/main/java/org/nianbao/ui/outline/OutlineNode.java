package org.nianbao.ui.outline;

import java.util.List;
import org.nianbao.model.Section;
import org.nianbao.text.SectionNumbering;
import org.nianbao.ui.session.OutlineTree;

/** A section as the outline shows it: its live number follows from its address. */
public record OutlineNode(Section section, List<Integer> address) {

    public OutlineNode {
        address = List.copyOf(address);
    }

    /** 一、 （二） 3. （4） */
    public String number() {
        return SectionNumbering.label(OutlineTree.oneBased(address));
    }

    /** The place as findings name it: 一、（二） */
    public String place() {
        return SectionNumbering.path(OutlineTree.oneBased(address));
    }

    public String label() {
        return number() + section.heading();
    }
}
