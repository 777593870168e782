package org.nianbao.ui.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;
import org.nianbao.text.MetricText;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/** Each {{指标名}} of the text, marked, with the metric's figure as the table holds it now (or why none). */
final class MetricReferences {

    static final String STYLE = "metric-ref";

    private final ReportSession session;

    MetricReferences(ReportSession session) {
        this.session = session;
    }

    /** The references of one paragraph, as spans of it with their hints. */
    List<TextMark> marks(String paragraph) {
        if (!paragraph.contains("{{")) {
            return List.of();
        }
        return MetricReference.findIn(paragraph).stream()
                .map(ref -> new TextMark(ref.start(), ref.end(), STYLE, hint(ref.metricName()))).toList();
    }

    /** One line naming each metric the paragraphs cite with its current figure: 受理：40件；审结：36件. */
    String summary(List<String> paragraphs) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String text : paragraphs) {
            if (text.contains("{{")) {
                MetricReference.findIn(text).forEach(ref -> names.add(ref.metricName()));
            }
        }
        return String.join(session.messages().get("editor.referenceSeparator"), names.stream().map(this::hint).toList());
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
