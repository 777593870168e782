package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;
import org.nianbao.text.MetricText;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineNode;
import org.nianbao.ui.session.ReportSession;

/** Marks each {{指标名}} with the metric's current figure on hover (or why it has none). */
final class MetricReferenceMarks implements MarkSource {

    private final ReportSession session;

    MetricReferenceMarks(ReportSession session) {
        this.session = session;
    }

    @Override
    public List<TextMark> marks(OutlineNode node, List<String> paragraphs) {
        List<TextMark> out = new ArrayList<>();
        int offset = 0;
        for (String text : paragraphs) {
            for (MetricReference ref : MetricReference.findIn(text)) {
                out.add(new TextMark(offset + ref.start(), offset + ref.end(), "metric-ref", hint(ref.metricName())));
            }
            offset += text.length() + 1;
        }
        return out;
    }

    /** One line naming each metric the text cites with its current figure: 受理：40件；审结：36件. */
    String summary(List<String> paragraphs) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String text : paragraphs) {
            MetricReference.findIn(text).forEach(ref -> names.add(ref.metricName()));
        }
        return String.join(session.messages().get("editor.referenceSeparator"),
                names.stream().map(this::hint).toList());
    }

    private String hint(String name) {
        Messages m = session.messages();
        Optional<Metric> metric = session.report().metrics().stream().filter(x -> x.name().equals(name)).findFirst();
        if (metric.isEmpty()) {
            return m.format("editor.unknownMetric", name);
        }
        return MetricText.render(metric.get())
                .map(figure -> m.format("editor.metricValue", name, figure))
                .orElseGet(() -> m.format("editor.metricNoValue", name));
    }
}
