package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.check.RateDefinition.Form;
import org.nianbao.check.RateDefinition.Term;
import org.nianbao.figures.Ratio;
import org.nianbao.model.Metric;
import org.nianbao.text.Figure;

/**
 * Stated named rates (通过率63.8%, 办结率为81%): finds the counts the rate's definition needs in the
 * same and the neighbouring sentences by the words next to them (办结 ↔ 受理), falling back on the
 * metrics table, and recomputes the rate.
 */
final class RateRule implements Rule {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        context.forEachClaim(Claim.Kind.RATE, (unit, claim) -> check(context, unit, claim, out));
    }

    private void check(CheckContext context, ProseUnit unit, Claim claim, List<Finding> out) {
        Figure f = unit.figures().get(claim.figure());
        String stated = f.numberText() + "%";
        var definition = RateLibrary.find(claim.phrase());
        var written = WrittenDefinition.in(unit, claim);
        if (written.isPresent()) {
            var form = WrittenDefinition.parse(written.get(), definition);
            if (form.isPresent()) {
                // the text's own definition wins; above 100% is then a ratio, not an error, unless the library says bounded
                definition = Optional.of(new RateDefinition(claim.phrase(), List.of(claim.phrase()), List.of(form.get()),
                        List.of(), definition.map(RateDefinition::bounded).orElse(false), false,
                        Findings.text(RuleId.RATE, "part.writtenDefinition", written.get())));
            }
        }
        if (definition.isEmpty()) {
            if (context.metricForRate(claim.phrase()) == null) {
                var inferred = InferredRates.read(unit, claim);
                if (inferred.isPresent()) {
                    reportInferred(unit, claim, f, inferred.get(), null, out);
                    return;
                }
                out.add(Findings.unverifiable(RuleId.RATE, unit, claim.start(), f.end(), stated, null, Map.of(),
                        "unknown", claim.phrase(), stated));
            }
            return;
        }
        RateDefinition d = definition.get();
        List<String> keywords = RateLibrary.keywords(d);
        Map<Integer, String> roles = roles(unit, claim, keywords, d.exclude());
        List<List<RatioCheck.Slot>> forms = new ArrayList<>();
        for (Form form : d.forms()) {
            List<RatioCheck.Slot> slots = new ArrayList<>();
            for (Term t : form.numerator()) {
                slots.add(slot(context, unit, claim, roles, t, true, keywords, d));
            }
            for (Term t : form.denominator()) {
                slots.add(slot(context, unit, claim, roles, t, false, keywords, d));
            }
            forms.add(slots);
        }
        RatioCheck.Outcome o = RatioCheck.evaluate(forms, f.value());
        if (o.status() == FindingStatus.MISMATCH && d.bounded() && !o.zeroDenominator()
                && o.value().compareTo(Ratio.HUNDRED) > 0 && f.value().compareTo(new BigDecimal(100)) <= 0) {
            // the only counts found give an impossible rate: they speak of another matter than this rate
            out.add(Findings.unverifiable(RuleId.RATE, unit, claim.start(), f.end(), stated, null, Findings.inputs(o),
                    "impossible", nameAsWritten(d, claim.phrase()), stated, Findings.expression(o),
                    o.value().round(2).toPlainString(), d.description()));
            return;
        }
        if (o.status() == FindingStatus.UNVERIFIABLE && written.isEmpty()) {
            var inferred = InferredRates.read(unit, claim);
            if (inferred.isPresent() && inferred.get().ok()) {
                // the library's words are not in the text, but the rate's own word and one whole are
                reportInferred(unit, claim, f, inferred.get(), d.description(), out);
                return;
            }
        }
        // verified only under the other definition (e.g. withdrawn cases left out): say which
        String note = o.status() == FindingStatus.OK && d.definitionDependent() && forms.indexOf(o.form()) > 0
                ? Findings.text(RuleId.RATE, "part.otherForm", Findings.expression(o), d.description()) : "";
        Findings.ratio(unit, claim, f, nameAsWritten(d, claim.phrase()), d.description(), d.bounded(), d.definitionDependent(),
                o, note, out);
    }

    /**
     * A reading inferred from the text (decision 0007): it may verify the figure, never call it
     * wrong; when it disagrees the finding says which reading was tried.
     */
    private static void reportInferred(ProseUnit unit, Claim claim, Figure f, InferredRates.Reading r, String usual,
                                       List<Finding> out) {
        String stated = f.numberText() + "%";
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(r.numeratorLabel(), r.numerator().shown());
        inputs.put(r.wholeLabel(), r.whole().shown());
        String computed = r.value().round(Stated.shownScale(f.value())).toPlainString() + "%";
        String rounded = r.value().round(Math.max(0, f.value().scale())).toPlainString() + "%";
        String name = claim.phrase();
        String basis = usual == null ? Findings.text(RuleId.RATE, "part.inferred")
                : Findings.text(RuleId.RATE, "part.inferredUsual", usual);
        int start = claim.start();
        if (r.ok() && r.truncated()) {
            out.add(Findings.ok(RuleId.RATE, unit, start, f.end(), stated, computed, inputs, "inferred.truncated", name,
                    stated, r.expression(), computed, basis, Stated.precisionWords(f.value()), rounded));
        } else if (r.ok()) {
            out.add(Findings.ok(RuleId.RATE, unit, start, f.end(), stated, computed, inputs, "inferred.ok", name, stated,
                    r.expression(), computed, basis));
        } else {
            out.add(Findings.unverifiable(RuleId.RATE, unit, start, f.end(), stated, null, inputs, "inferred.unverifiable",
                    name, stated, r.expression(), computed));
        }
    }

    /** The alias the text uses (直接纠错率 rather than 纠错率), for messages the officer recognizes. */
    private static String nameAsWritten(RateDefinition d, String phrase) {
        String best = d.name();
        int length = 0;
        for (String alias : d.aliases()) {
            if (phrase.endsWith(alias) && alias.length() > length) {
                best = alias;
                length = alias.length();
            }
        }
        return best;
    }

    /** Which input word is nearest each count of the paragraph within one sentence of the claim. */
    static Map<Integer, String> roles(ProseUnit unit, Claim claim, List<String> keywords, List<String> exclude) {
        Map<Integer, String> roles = new LinkedHashMap<>();
        int at = unit.figures().get(claim.figure()).start();
        int sentence = unit.sentenceOf(at);
        // a hard bound on the counts looked at (issue 15): a sentence of thousands of figures stays linear
        int from = Math.max(unit.firstFigure(sentence - 1), claim.figure() - RatioCheck.MAX_NEIGHBOURS);
        int to = Math.min(unit.firstFigure(sentence + 2), claim.figure() + RatioCheck.MAX_NEIGHBOURS);
        for (int i = from; i < to; i++) {
            if (i == claim.figure() || !unit.contexts().isCount(i)
                    || unit.sentenceDistance(unit.figures().get(i).start(), at) > 1) {
                continue;
            }
            String k = unit.contexts().nearestKeyword(i, keywords);
            if (k != null && !exclude.contains(k)) {
                roles.put(i, k);
            }
        }
        scopeRole(unit, at, keywords, exclude, roles);
        return roles;
    }

    /**
     * A sentence that opens "已审结案件中，" divides the count it names, so every semicolon clause of it
     * may use that count even when it stands two clauses back ("全年审结163件。已审结案件中，维持…；撤销…，
     * 纠错率…"). Only counts of the clause just before the opening, carrying the opening's own word,
     * are added: the opening says which count is meant, nothing is guessed.
     */
    private static void scopeRole(ProseUnit unit, int at, List<String> keywords, List<String> exclude,
                                  Map<Integer, String> roles) {
        String text = unit.text();
        int sentenceStart = unit.fullSentenceOf(at).start();
        int comma = -1;
        for (int k = sentenceStart; k < at && comma < 0; k++) {
            comma = text.charAt(k) == '，' ? k : -1;
        }
        if (comma < 0) {
            return;
        }
        String opening = text.substring(sentenceStart, comma);
        if (!opening.endsWith("中") || unit.sentenceOf(sentenceStart) == 0) {
            return;
        }
        String word = null;
        for (String k : keywords) {
            if (opening.contains(k)) {
                word = k; // keywords are longest first
                break;
            }
        }
        if (word == null || exclude.contains(word)) {
            return;
        }
        int lastBeforeComma = unit.lastFigureBefore(comma);
        if (lastBeforeComma >= 0 && unit.figures().get(lastBeforeComma).start() >= sentenceStart) {
            return; // the opening gives its own figure: not a reference to an earlier one
        }
        int previous = unit.sentenceOf(sentenceStart) - 1;
        for (int i = unit.firstFigure(previous); i < unit.firstFigure(previous + 1); i++) {
            Figure f = unit.figures().get(i);
            if (unit.sentenceOf(f.start()) == previous && unit.contexts().isCount(i)
                    && word.equals(unit.contexts().nearestKeyword(i, keywords))) {
                roles.putIfAbsent(i, word);
            }
        }
    }

    private static RatioCheck.Slot slot(CheckContext context, ProseUnit unit, Claim claim, Map<Integer, String> roles,
                                        Term term, boolean numerator, List<String> keywords, RateDefinition d) {
        int at = unit.figures().get(claim.figure()).start();
        List<Input> candidates = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<Integer, String> e : roles.entrySet()) {
            if (!term.keywords().contains(e.getValue())) {
                continue;
            }
            int distance = unit.sentenceDistance(unit.figures().get(e.getKey()).start(), at);
            if (distance < bestDistance) {
                candidates.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                candidates.add(Input.of(unit, e.getKey()));
            }
        }
        boolean weak = false;
        if (candidates.isEmpty() && !term.optional()) {
            Metric m = metricFor(context, term, keywords, d.exclude());
            if (m != null) {
                candidates.add(Input.of(m));
                weak = true; // a metric's name may speak of another matter than this sentence
            }
        }
        return new RatioCheck.Slot(term.label(), numerator, term.negative(), term.optional(), candidates, weak);
    }

    /** The one count metric whose name best names the term, when exactly one does. */
    private static Metric metricFor(CheckContext context, Term term, List<String> keywords, List<String> exclude) {
        Metric found = null;
        for (Metric m : context.metrics()) {
            if (m.isDerived() || m.value() == null || m.unit().equals("%")) {
                continue;
            }
            String best = null;
            for (String k : keywords) {
                if (m.name().contains(k)) {
                    best = k;
                    break; // keywords are longest first
                }
            }
            if (best != null && !exclude.contains(best) && term.keywords().contains(best)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.RATE, RuleId.OVER_100, RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, RuleId.ZERO_DENOMINATOR);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.RATE, "受理信访事项68件，办结55件，办结率81%。"),
                RuleExample.caught(RuleId.RATE, "受理信访事项68件，办结55件，办结率85%。"),
                RuleExample.passes(RuleId.OVER_100, "受理信访事项68件，办结68件，办结率100%。"),
                RuleExample.caught(RuleId.OVER_100, "全年信访事项办结率105%。"),
                RuleExample.passes(RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, "受理信访事项70件，办结63件，办结率90%。"),
                RuleExample.caught(RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, "受理信访事项60件，办结66件，办结率110%。"),
                RuleExample.passes(RuleId.ZERO_DENOMINATOR, "受理信访事项40件，办结40件，办结率100%。"),
                RuleExample.caught(RuleId.ZERO_DENOMINATOR, "受理信访事项0件，办结0件，办结率100%。"));
    }
}
