package org.nianbao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Report;

/**
 * Checks a report: every figure it can (rates, shares, sums, growth, points, the metrics table) and
 * the rules an officer breaks when reusing last year's report (outline, numbering, 一是/二是, years,
 * dates, punctuation). Pure and thread-safe: it reads an immutable snapshot and can run off the UI
 * thread after every pause in typing.
 *
 * <p>Prose is read with {{指标名}} references rendered from the recomputed metrics; locations give
 * offsets in the stored text, a figure from a reference spanning the whole reference.
 */
public final class ReportChecker {

    private final List<Rule> rules;
    /** Rules whose findings do not apply (the deadline of a text that is not a report). */
    private final Set<String> leftOut;

    /** Checks completeness against the five parts of the regulation. */
    public ReportChecker() {
        this(OutlineTemplate.REGULATION);
    }

    public ReportChecker(OutlineTemplate outline) {
        leftOut = Set.of();
        rules = List.of(new OutlineRule(outline), new YearRule(), new NumberingRule(), new EnumerationRule(),
                new RateRule(), new ShareRule(), new GrowthRule(), new BreakdownRule(), new MetricRule(),
                new DateRule(), new PunctuationRule());
    }

    /**
     * A checker for text that is not an annual report (a department's material, a press release):
     * its figures, lists, dates and punctuation, without the outline, the report's year or its deadline.
     */
    public static ReportChecker forMaterial() {
        return new ReportChecker(List.of(new NumberingRule(), new EnumerationRule(), new RateRule(), new ShareRule(),
                new GrowthRule(), new BreakdownRule(), new MetricRule(), new DateRule(), new PunctuationRule()),
                Set.of(RuleId.DEADLINE.id()));
    }

    private ReportChecker(List<Rule> rules, Set<String> leftOut) {
        this.rules = rules;
        this.leftOut = leftOut;
    }

    /** The rules this checker runs, in order (for the test that runs every rule's examples). */
    List<Rule> rules() {
        return rules;
    }

    public CheckReport check(Report report) {
        CheckContext context = new CheckContext(report);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, findings);
        }
        findings.removeIf(f -> leftOut.contains(f.rule()));
        findings.sort(documentOrder(context));
        return new CheckReport(findings);
    }

    /** Title and preamble, then the sections in outline order, then the closing, then the metrics table. */
    private static Comparator<Finding> documentOrder(CheckContext context) {
        Map<String, Integer> sectionRank = new HashMap<>();
        for (ProseUnit unit : context.prose()) {
            sectionRank.putIfAbsent(unit.section(), sectionRank.size());
        }
        int closing = sectionRank.size();
        return Comparator.<Finding>comparingInt(f -> {
            Location l = f.location();
            if (l.section().equals(Location.METRICS)) {
                return closing + 1;
            }
            if (l.paragraph() == Location.CLOSING) {
                return closing;
            }
            return sectionRank.getOrDefault(l.section(), closing);
        }).thenComparingInt(f -> f.location().paragraph() == Location.CLOSING ? 0 : f.location().paragraph())
                .thenComparingInt(f -> f.location().start());
    }
}
