package org.nianbao.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;
import org.nianbao.text.MetricText;

/** Prose of the report as it prints: metric references resolved, closing punctuation handled. */
final class ReportText {

    private final List<Metric> metrics;
    private final Map<String, Metric> byName = new HashMap<>();

    ReportText(List<Metric> metrics) {
        this.metrics = metrics;
        for (Metric m : metrics) {
            byName.putIfAbsent(m.name(), m);
        }
    }

    /** The text with its {{指标名}} references replaced by the figures. */
    String resolve(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        // hand each paragraph only the metrics it cites: a report of 1,000 figures stays fast
        List<Metric> cited = new ArrayList<>();
        for (MetricReference ref : MetricReference.findIn(text)) {
            Metric m = byName.get(ref.metricName());
            if (m != null && !cited.contains(m)) {
                cited.add(m);
            }
        }
        return MetricText.resolveReferences(text, cited.isEmpty() ? metrics : cited);
    }

    /** A name as it prints (an attachment's): references resolved, no closing punctuation. */
    String name(String title) {
        return withoutClosingPunctuation(resolve(title));
    }

    /** The text without closing punctuation: headings, attachment names, list items. */
    static String withoutClosingPunctuation(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "。；，：、.;,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** A heading sentence of a run-in heading ends with 。 (or its own ！ ？). */
    static String asSentence(String heading) {
        String s = withoutClosingPunctuation(heading);
        if (s.endsWith("！") || s.endsWith("？")) {
            return s;
        }
        return s + "。";
    }

    /** 2021年1月30日: Arabic numerals in full, no leading zeros. */
    static String date(java.time.LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
