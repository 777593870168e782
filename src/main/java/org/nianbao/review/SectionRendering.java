package org.nianbao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.text.MetricText;
import org.nianbao.text.SectionNumbering;

/**
 * A section's current text as the export prints it (number, heading, paragraphs; figures for
 * {{指标名}} references; the problem list), with a map from each printed character back to the
 * stored text, so that a reviewer's change on the printed text can be written into the section.
 * The stored text is taken as heading and paragraphs joined by line feeds ("raw").
 */
final class SectionRendering {

    enum Type {
        /** Printed as stored, character for character. */
        TEXT,
        /** A figure printed for a {{指标名}} reference. */
        FIGURE,
        /** Made by the export: the number, a run-in heading's full stop, the problem list. */
        FIXED
    }

    record Segment(Type type, int start, int end, int rawStart, int rawEnd) {
    }

    private final Section section;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder raw = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    private SectionRendering(Section section) {
        this.section = section;
    }

    Section section() {
        return section;
    }

    String text() {
        return text.toString();
    }

    String raw() {
        return raw.toString();
    }

    List<Segment> segments() {
        return segments;
    }

    /** The section as printed now, or empty when the report no longer has it. */
    static Optional<SectionRendering> of(Report report, long sectionId) {
        for (OutlineEntry e : report.outline()) {
            if (e.section().id() != null && e.section().id() == sectionId) {
                return Optional.of(render(report, e));
            }
        }
        return Optional.empty();
    }

    private static SectionRendering render(Report report, OutlineEntry entry) {
        Section s = entry.section();
        SectionRendering r = new SectionRendering(s);
        int level = Math.min(entry.level(), Section.MAX_LEVEL);
        String label = SectionNumbering.label(level, entry.path().get(entry.path().size() - 1));
        List<String> paragraphs = s.paragraphs().stream().map(Paragraph::text).toList();
        r.fixed(label);
        String heading = s.heading();
        String shown = withoutClosingPunctuation(heading);
        int at = heading.indexOf(shown);
        if (heading.contains("{{") || at < 0) {
            r.fixed(shown); // a heading with a figure in it is printed, not mapped
        } else {
            r.text(heading, at, at + shown.length());
        }
        r.raw.append(heading);
        boolean runIn = s.style() == HeadingStyle.RUN_IN;
        if (runIn && !shown.endsWith("！") && !shown.endsWith("？")) {
            r.fixed("。");
        }
        String problems = s.role() == SectionRole.PROBLEMS ? problemList(report) : "";
        boolean inline = !problems.isEmpty() && report.settings().problemLayout() != ProblemLayout.ONE_PER_PARAGRAPH
                && !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).strip().endsWith("：");
        for (int i = 0; i < paragraphs.size(); i++) {
            // the line feed between stored fields; a run-in heading's first paragraph is a paragraph of
            // its own in the .docx too (Word's style separator only hides the mark between them)
            r.separator();
            String p = paragraphs.get(i);
            if (inline && i == paragraphs.size() - 1) {
                int lead = p.indexOf(p.strip());
                r.raw.append(p, 0, lead);
                r.paragraph(p.strip(), report.metrics());
                r.raw.append(p, lead + p.strip().length(), p.length());
                r.fixed(problems);
            } else {
                r.paragraph(p, report.metrics());
            }
        }
        if (!problems.isEmpty() && !inline) {
            if (report.settings().problemLayout() == ProblemLayout.ONE_PER_PARAGRAPH) {
                for (String item : problemItems(report)) {
                    r.fixed("\n" + item);
                }
            } else {
                r.fixed("\n" + problems);
            }
        }
        return r;
    }

    private void fixed(String s) {
        if (!s.isEmpty()) {
            segments.add(new Segment(Type.FIXED, text.length(), text.length() + s.length(), raw.length(), raw.length()));
            text.append(s);
        }
    }

    /** Printed text taken from source[from, to), which the caller appends to raw (at its current end). */
    private void text(String source, int from, int to) {
        if (from < to) {
            int rawStart = raw.length() + from;
            segments.add(new Segment(Type.TEXT, text.length(), text.length() + to - from, rawStart, rawStart + to - from));
            text.append(source, from, to);
        }
    }

    private void separator() {
        segments.add(new Segment(Type.TEXT, text.length(), text.length() + 1, raw.length(), raw.length() + 1));
        text.append('\n');
        raw.append('\n');
    }

    private void paragraph(String p, List<Metric> metrics) {
        int at = 0;
        for (MetricReference ref : MetricReference.findIn(p)) {
            textRun(p, at, ref.start());
            String figure = metrics.stream().filter(m -> m.name().equals(ref.metricName())).findFirst()
                    .flatMap(MetricText::render).orElse(p.substring(ref.start(), ref.end()));
            segments.add(new Segment(Type.FIGURE, text.length(), text.length() + figure.length(),
                    raw.length() + ref.start(), raw.length() + ref.end()));
            text.append(figure);
            at = ref.end();
        }
        textRun(p, at, p.length());
        raw.append(p);
    }

    private void textRun(String p, int from, int to) {
        if (from < to) {
            int rawStart = raw.length() + from;
            segments.add(new Segment(Type.TEXT, text.length(), text.length() + to - from, rawStart, rawStart + to - from));
            text.append(p, from, to);
        }
    }

    private static List<String> problemItems(Report report) {
        List<String> out = new ArrayList<>();
        List<ProblemItem> problems = report.problems();
        for (int i = 0; i < problems.size(); i++) {
            out.add(SectionNumbering.enumerationMarker(i + 1) + withoutClosingPunctuation(problems.get(i).text()) + "。");
        }
        return out;
    }

    private static String problemList(Report report) {
        List<ProblemItem> problems = report.problems();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            sb.append(SectionNumbering.enumerationMarker(i + 1))
                    .append(withoutClosingPunctuation(MetricText.resolveReferences(problems.get(i).text(), report.metrics())))
                    .append(i < problems.size() - 1 ? "；" : "。");
        }
        return sb.toString();
    }

    /** As the export prints a heading: without closing punctuation. */
    static String withoutClosingPunctuation(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "。；，：、.;,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
