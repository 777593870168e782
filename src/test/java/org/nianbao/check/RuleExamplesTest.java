package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Report;

/**
 * Runs every example of every rule ({@link Rule#examples()}) through that rule alone, on the fixture
 * report holding the example's paragraphs ({@link Fixtures#withParagraphs}) changed by its shape.
 *
 * <p>The criterion. A caught example yields at least one finding of its id with status mismatch or
 * violation. A passing example yields none; and when the id is one that verifies figures
 * ({@link RuleId#verifies()}: rate, share, growth, points, sum, metric-formula, metric-prose) it also
 * yields a finding of its id with status ok, so that an example the rule could not read (unverifiable,
 * or not seen at all) does not count as passing.
 *
 * <p>A rule reports only the ids it declares ({@link Rule#ids()}), on every example. Every rule id must have a passing and a caught example from each rule that reports it, and
 * every id must be reported by some rule: adding an id without examples fails the build.
 */
class RuleExamplesTest {

    private static final Set<FindingStatus> WRONG = EnumSet.of(FindingStatus.MISMATCH, FindingStatus.VIOLATION);

    private static List<Rule> rules() {
        return new ReportChecker().rules();
    }

    static Stream<Arguments> examples() {
        return rules().stream().flatMap(rule -> rule.examples().stream()
                .map(e -> Arguments.of(rule.getClass().getSimpleName(), e, rule)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void everyExampleIsCaughtOrPassesAsItSays(String ruleName, RuleExample example, Rule rule) {
        assertThat(rule.ids()).as("%s declares the id of its example", ruleName).contains(example.id());
        Report report = example.shape().apply(Fixtures.withParagraphs(example.paragraphs().toArray(String[]::new)));
        List<Finding> out = new ArrayList<>();
        rule.check(new CheckContext(report), out);
        assertThat(out).as("%s reports only the ids it declares", ruleName)
                .allMatch(f -> rule.ids().contains(RuleId.of(f.rule())));
        List<Finding> ofId = out.stream().filter(f -> f.rule().equals(example.id().id())).toList();
        if (example.caught()) {
            assertThat(ofId).as("findings of %s", example.id()).anyMatch(f -> WRONG.contains(f.status()));
            // the severity a rule's id declares is the one its findings get (Findings.LOWERED names the exceptions)
            assertThat(ofId).as("severity of %s", example.id())
                    .anyMatch(f -> WRONG.contains(f.status()) && (f.severity() == example.id().severity()
                            || Findings.LOWERED.entrySet().stream().anyMatch(e -> e.getKey().startsWith(example.id().id() + ".")
                                    && e.getValue() == f.severity())));
        } else {
            assertThat(ofId).as("findings of %s", example.id()).noneMatch(f -> WRONG.contains(f.status()));
            assertThat(ofId).as("a verified or unverifiable figure is never a fault")
                    .allMatch(f -> f.severity() == Severity.INFO);
            if (example.id().verifies()) {
                assertThat(ofId).as("findings of %s", example.id()).anyMatch(f -> f.status() == FindingStatus.OK);
            }
        }
    }

    @Test
    void everyIdEveryRuleReportsHasAPassingAndACaughtExample() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : rules()) {
            for (RuleId id : rule.ids()) {
                for (boolean caught : new boolean[] {false, true}) {
                    if (rule.examples().stream().noneMatch(e -> e.id() == id && e.caught() == caught)) {
                        missing.add(rule.getClass().getSimpleName() + " " + id + (caught ? " caught" : " passing"));
                    }
                }
            }
        }
        assertThat(missing).as("examples missing").isEmpty();
    }

    @Test
    void everyIdIsReportedBySomeRule() {
        Set<RuleId> reported = EnumSet.noneOf(RuleId.class);
        rules().forEach(r -> reported.addAll(r.ids()));
        assertThat(reported).containsExactlyInAnyOrder(RuleId.values());
    }

    @Test
    void idsAreDistinctAndDescribed() {
        assertThat(Stream.of(RuleId.values()).map(RuleId::id).distinct().count()).isEqualTo(RuleId.values().length);
        assertThat(RuleId.values()).allSatisfy(id -> {
            assertThat(id.description()).isNotBlank();
            assertThat(RuleId.of(id.id())).isSameAs(id);
        });
    }
}
