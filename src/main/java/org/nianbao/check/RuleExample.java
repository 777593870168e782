package org.nianbao.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;

/**
 * An example of one rule id: a small text (paragraphs separated by a line break) that the rule lets
 * pass or catches. A test fixture puts the paragraphs into a complete, well-formed report of the
 * report year 2020 (dated 2021年2月20日); {@link #shape} then changes what the text alone cannot say
 * (the metrics table, the preamble, the date, the outline). The examples are made up, numbers included.
 *
 * @param caught true when the rule must report the example (a mismatch or a violation of {@link #id}),
 *               false when it must let it pass
 * @param shape  applied to the fixture report; {@link UnaryOperator#identity()} for a plain text
 */
record RuleExample(RuleId id, boolean caught, String text, UnaryOperator<Report> shape) {

    RuleExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shape, "shape");
    }

    /** A text the rule lets pass. */
    static RuleExample passes(RuleId id, String text) {
        return new RuleExample(id, false, text, UnaryOperator.identity());
    }

    /** A text the rule catches. */
    static RuleExample caught(RuleId id, String text) {
        return new RuleExample(id, true, text, UnaryOperator.identity());
    }

    /** The same example in a report changed by {@code change} (after any earlier change). */
    RuleExample in(UnaryOperator<Report> change) {
        UnaryOperator<Report> before = shape;
        return new RuleExample(id, caught, text, r -> change.apply(before.apply(r)));
    }

    /** The same example with these metrics in the report's table. */
    RuleExample withMetrics(Metric... metrics) {
        return in(r -> r.withMetrics(List.of(metrics)));
    }

    /** A report whose preamble is the example's text instead of the fixture's. */
    RuleExample asPreamble() {
        return in(r -> r.withPreamble(List.of(Paragraph.of(text))));
    }

    /** A report dated {@code date}, or not dated when it is null. */
    RuleExample datedOn(LocalDate date) {
        return in(r -> r.withDate(date));
    }

    /** The paragraphs the fixture puts in the report's first part. */
    List<String> paragraphs() {
        return List.of(text.split("\n"));
    }

    /** A count metric, for examples. */
    static Metric count(String name, long value) {
        return Metric.count(name, BigDecimal.valueOf(value), "件");
    }

    @Override
    public String toString() {
        return id + (caught ? " catches " : " passes ") + text;
    }
}
