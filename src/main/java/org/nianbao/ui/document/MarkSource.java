package org.nianbao.ui.document;

import java.util.List;
import org.nianbao.ui.outline.OutlineNode;

/** Something that marks spans in the section editor: metric references, check findings. */
@FunctionalInterface
public interface MarkSource {

    /** The marks for a section's paragraphs, as offsets in the text joined by line breaks. */
    List<TextMark> marks(OutlineNode node, List<String> paragraphs);
}
