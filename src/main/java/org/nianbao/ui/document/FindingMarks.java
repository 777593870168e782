package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.ui.checks.ChecksModel;
import org.nianbao.ui.checks.FindingView;
import org.nianbao.ui.outline.OutlineNode;

/**
 * Marks the figures the checks looked at in the shown section, by status, with the message on hover.
 * The findings count in the text as it was checked; typed since, they are carried over to the text as
 * it is ({@link SpanShift}), so a highlight never sits beside its figure while the next check is pending.
 */
public final class FindingMarks implements MarkSource {

    private final ChecksModel checks;

    public FindingMarks(ChecksModel checks) {
        this.checks = checks;
    }

    @Override
    public List<TextMark> marks(OutlineNode node, List<String> lines) {
        List<TextMark> out = new ArrayList<>();
        String place = node.place();
        List<String> checkedParagraphs = checkedParagraphs(node);
        SpanShift shift = new SpanShift(String.join("\n", checkedParagraphs), String.join("\n", lines));
        for (FindingView f : checks.findings()) {
            if (!f.inBody() || !f.section().equals(place)) {
                continue;
            }
            int start = BodyOffsets.start(checkedParagraphs, f.paragraph());
            if (start >= 0) {
                int length = f.end() - f.start();
                shift.startOf(start + f.start(), start + f.end()).ifPresent(at ->
                        out.add(new TextMark(at, at + length, f.styleClass(), f.message())));
            }
        }
        return out;
    }

    /** The section's paragraphs as the shown findings saw them (none: a section the check did not see). */
    private List<String> checkedParagraphs(OutlineNode node) {
        Report checked = checks.checked();
        if (checked == null) {
            return List.of();
        }
        return checked.outline().stream().map(OutlineEntry::section)
                .filter(s -> s.id() != null && Objects.equals(s.id(), node.section().id()))
                .findFirst()
                .map(s -> s.paragraphs().stream().map(Paragraph::text).toList())
                .orElse(List.of());
    }
}
