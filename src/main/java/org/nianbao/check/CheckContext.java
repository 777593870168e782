package org.nianbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.figures.DerivedFigures;
import org.nianbao.figures.MetricCalculator;
import org.nianbao.model.Metric;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.text.SectionNumbering;

/**
 * What every rule reads: the report, its metrics recomputed, and its prose (title, preamble,
 * headings, paragraphs) with {{指标名}} references rendered from the recomputed metrics, so a
 * reference to a rate always shows the value that follows from the current counts.
 */
final class CheckContext {

    private final Report report;
    private final List<Metric> metrics;
    private final Map<String, Metric> metricsByName = new LinkedHashMap<>();
    private final Map<String, MetricCalculator.Evaluation> evaluations;
    private final List<ProseUnit> prose = new ArrayList<>();

    CheckContext(Report report) {
        this.report = report;
        DerivedFigures figures = DerivedFigures.of(report.metrics());
        this.evaluations = figures.evaluations();
        this.metrics = figures.metrics();
        for (Metric m : metrics) {
            metricsByName.putIfAbsent(m.name(), m);
        }
        prose.add(unit("", Location.HEADING, true, true, report.title()));
        List<Paragraph> preamble = report.preamble();
        for (int i = 0; i < preamble.size(); i++) {
            prose.add(unit("", i, true, false, preamble.get(i).text()));
        }
        for (OutlineEntry entry : report.outline()) {
            String path = path(entry.path());
            prose.add(unit(path, Location.HEADING, false, true, entry.section().heading()));
            List<Paragraph> paragraphs = entry.section().paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                prose.add(unit(path, i, false, false, paragraphs.get(i).text()));
            }
        }
    }

    /** The numbering path; a tree deeper than the four official levels (a broken import) still gets one. */
    static String path(List<Integer> positions) {
        if (positions.size() <= Section.MAX_LEVEL && positions.stream().allMatch(p -> p >= 1 && p <= 99)) {
            return SectionNumbering.path(positions);
        }
        StringBuilder sb = new StringBuilder();
        for (int p : positions) {
            sb.append('（').append(p).append('）');
        }
        return sb.toString();
    }

    private ProseUnit unit(String section, int paragraph, boolean preamble, boolean heading, String text) {
        return ProseUnit.of(section, paragraph, preamble, heading, ResolvedText.of(text, metricsByName));
    }

    Report report() {
        return report;
    }

    /** The metrics with derived values recomputed (where they could be). */
    List<Metric> metrics() {
        return metrics;
    }

    Metric metric(String name) {
        return metricsByName.get(name);
    }

    Map<String, MetricCalculator.Evaluation> evaluations() {
        return evaluations;
    }

    /** Title, preamble, then each section's heading and paragraphs, in document order. */
    List<ProseUnit> prose() {
        return prose;
    }

    /** Runs an action on every claim of a kind, paragraph by paragraph. */
    void forEachClaim(Claim.Kind kind, java.util.function.BiConsumer<ProseUnit, Claim> action) {
        for (ProseUnit unit : prose) {
            for (Claim claim : unit.claims()) {
                if (claim.kind() == kind) {
                    action.accept(unit, claim);
                }
            }
        }
    }

    /** Body paragraphs only (no title, no headings). */
    List<ProseUnit> paragraphs() {
        return prose.stream().filter(p -> !p.heading()).toList();
    }
}
