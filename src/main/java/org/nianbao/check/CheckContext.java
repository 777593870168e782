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
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;
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
    /** The same prose with long paragraphs cut into pieces, for the figure rules (see {@link ProsePieces}). */
    private final List<ProseUnit> figureProse = new ArrayList<>();

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
        ResolvedText resolved = ResolvedText.of(text, metricsByName);
        List<Figure> figures = FigureScanner.scan(resolved.text());
        if (ProsePieces.fits(resolved.text(), figures)) {
            ProseUnit unit = ProseUnit.of(section, paragraph, preamble, heading, resolved, figures, true);
            figureProse.add(unit);
            return unit;
        }
        // too long to compare every figure with its neighbours in one piece: the text rules read it
        // whole, without claims, and the figure rules read its pieces
        ProseUnit whole = ProseUnit.of(section, paragraph, preamble, heading, resolved, figures, false);
        figureProse.addAll(ProsePieces.of(whole));
        return whole;
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

    /**
     * Title, preamble, then each section's heading and paragraphs, in document order, each whole: what
     * the text rules read. A very long paragraph has no claims here; the figure rules read
     * {@link #figureProse()}.
     */
    List<ProseUnit> prose() {
        return prose;
    }

    /**
     * Title, preamble, headings and paragraphs as the figure rules read them: a paragraph too long to
     * compare every figure with every other is there as its pieces (see {@link ProsePieces}); every
     * other unit is the same as in {@link #prose()}.
     */
    List<ProseUnit> figureProse() {
        return figureProse;
    }

    /** Body paragraphs (or their pieces) for the figure rules. */
    List<ProseUnit> figureParagraphs() {
        return figureProse.stream().filter(p -> !p.heading()).toList();
    }

    /** Runs an action on every claim of a kind, paragraph (or piece of one) by paragraph. */
    void forEachClaim(Claim.Kind kind, java.util.function.BiConsumer<ProseUnit, Claim> action) {
        for (ProseUnit unit : figureProse) {
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

    /** The percentage metric a rate phrase names: the same name, or the longest name ending the phrase. */
    Metric metricForRate(String phrase) {
        Metric found = null;
        for (Metric m : metrics()) {
            if ("%".equals(m.unit()) && phrase.endsWith(m.name())
                    && (found == null || m.name().length() > found.name().length())) {
                found = m;
            }
        }
        return found;
    }
}
