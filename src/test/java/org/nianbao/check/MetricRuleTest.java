package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

class MetricRuleTest {

    private static final Metric ACCEPTED = Metric.count("受理", new BigDecimal("68"), "件");
    private static final Metric CLOSED = Metric.count("办结", new BigDecimal("55"), "件");

    private static Metric rate(String stored) {
        return Metric.derived("办结率", "办结 / 受理 * 100", 0, "%").withValue(stored == null ? null : new BigDecimal(stored));
    }

    @Test
    void aStoredRateThatStillFollowsIsVerified() {
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, CLOSED, rate("81")), "示例。");
        Finding f = Fixtures.only(r, "metric-formula");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.location()).isEqualTo(new Location(Location.METRICS, 2, 0, 0));
        assertThat(f.inputs()).containsEntry("办结", "55").containsEntry("受理", "68");
    }

    @Test
    void aStoredRateIsFlaggedWhenACountChanges() {
        Metric closedNow = CLOSED.withValue(new BigDecimal("60"));
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, closedNow, rate("81")), "示例。");
        Finding f = Fixtures.only(r, "metric-formula");
        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.stated()).isEqualTo("81%");
        assertThat(f.computed()).isEqualTo("88%");
    }

    @Test
    void aReferenceRendersTheRecomputedValueAndKeepsStoredOffsets() {
        Metric closedNow = CLOSED.withValue(new BigDecimal("60"));
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, closedNow, rate("81")),
                "受理{{受理}}，办结{{办结}}，办结率为{{办结率}}。");
        Finding f = Fixtures.only(r, "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.text()).isEqualTo("办结率为88%");
        // offsets point into the stored text: the rate's name up to the end of the reference
        String stored = "受理{{受理}}，办结{{办结}}，办结率为{{办结率}}。";
        assertThat(stored.substring(f.location().start(), f.location().end())).isEqualTo("办结率为{{办结率}}");
    }

    @Test
    void proseStatingAnOldValueNextToReferencesIsFlagged() {
        // the officer changed 办结 to 60 in the table; the rate typed by hand no longer holds
        Metric closedNow = CLOSED.withValue(new BigDecimal("60"));
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, closedNow), "受理{{受理}}，办结{{办结}}，办结率为81%。");
        Finding f = Fixtures.only(r, "rate");
        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(f.inputs()).containsEntry("办结", "60");
    }

    @Test
    void aRateInProseThatContradictsTheMetricIsFlagged() {
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, CLOSED, rate(null)), "全年信访办结率为85%。");
        Finding f = Fixtures.only(r, "metric-prose");
        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(f.computed()).isEqualTo("81%");
        assertThat(f.message()).contains("{{办结率}}");
    }

    @Test
    void aRateInProseThatAgreesWithTheMetricIsVerified() {
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, CLOSED, rate(null)), "全年信访办结率为80.9%。");
        assertThat(Fixtures.only(r, "metric-prose").status()).isEqualTo(FindingStatus.OK);
    }

    @Test
    void aCountWrittenAfterTheMetricsNameIsCompared() {
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, CLOSED), "全年受理75件。");
        Finding f = Fixtures.only(r, "metric-prose");
        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        assertThat(f.text()).isEqualTo("受理75件");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aFormulaWithoutItsInputsIsUnverifiable() {
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, Metric.count("办结", null, "件"), rate("81")), "示例。");
        Finding f = Fixtures.only(r, "metric-formula");
        assertThat(f.status()).isEqualTo(FindingStatus.UNVERIFIABLE);
        assertThat(f.message()).contains("办结");
    }

    @Test
    void aBadFormulaIsAFindingNotACrash() {
        Report r = Fixtures.withParagraphs(List.of(Metric.derived("办结率", "办结 / ", 0, "%")), "示例。");
        Finding f = Fixtures.only(r, "metric-formula");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.status()).isEqualTo(FindingStatus.VIOLATION);
    }

    @Test
    void aZeroDenominatorInTheTableIsAnError() {
        Report r = Fixtures.withParagraphs(List.of(Metric.count("受理", BigDecimal.ZERO, "件"), CLOSED, rate("81")), "示例。");
        assertThat(Fixtures.only(r, "zero-denominator").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aReferenceToAnUnknownOrEmptyMetricIsWarned() {
        String stored = "受理{{受理}}件，办结{{已办结}}件，满意度{{满意度}}。";
        Report r = Fixtures.withParagraphs(List.of(ACCEPTED, Metric.count("满意度", null, "%")), stored);
        List<Finding> refs = Fixtures.findings(r, "metric-reference");
        assertThat(refs).extracting(Finding::text).containsExactly("{{已办结}}", "{{满意度}}");
        Location at = refs.get(0).location();
        assertThat(stored.substring(at.start(), at.end())).isEqualTo("{{已办结}}");
        assertThat(refs.get(0).message()).contains("不存在");
    }
}
