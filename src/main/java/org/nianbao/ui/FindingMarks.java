package org.nianbao.ui;

import java.util.ArrayList;
import java.util.List;

/** Marks the figures the checks looked at in the shown section, by status, with the message on hover. */
final class FindingMarks implements MarkSource {

    private final ChecksModel checks;

    FindingMarks(ChecksModel checks) {
        this.checks = checks;
    }

    @Override
    public List<TextMark> marks(OutlineNode node, List<String> lines) {
        List<TextMark> out = new ArrayList<>();
        String place = node.place();
        for (FindingView f : checks.findings()) {
            if (!f.inBody() || !f.section().equals(place)) {
                continue;
            }
            int start = BodyOffsets.start(lines, f.paragraph());
            if (start >= 0) {
                out.add(new TextMark(start + f.start(), start + f.end(), f.styleClass(), f.message()));
            }
        }
        return out;
    }
}
