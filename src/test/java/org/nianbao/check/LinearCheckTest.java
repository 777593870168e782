package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.testing.LongProse;
import org.nianbao.text.FigureScanner;

/**
 * The check grows linearly with the text (issue 15, "Limits"): a paragraph of thousands of figures
 * or hundreds of thousands of short paragraphs cannot make it run for minutes or take gigabytes, as
 * the window re-checks after every pause in typing. The bound is a ratio, not a time: checking four
 * times the text may cost at most eight times the CPU time (a linear check costs four, a quadratic
 * one sixteen), so a slow or busy machine does not fail it. Speeds themselves are measured by
 * {@code bench.CheckBenchmark}.
 */
class LinearCheckTest {

    /** Allowed growth of time and memory for four times the text: linear is 4, quadratic 16. */
    private static final double RATIO = 8;

    record Shape(String name, IntFunction<Report> withFigures) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape("real published sentences in one paragraph", n -> one(repeat(realText(), n))),
                new Shape("rates, shares, growth and lists chained by semicolons",
                        n -> one(repeat("受理案件120件，办结110件，办结率为91.67%，同比增长3.5%；其中维持55件，占50%，撤销30件，占27.27%；", n))),
                new Shape("a bulletin's list of shares after one 其中",
                        n -> one("全年受理诉求284406件。其中，" + repeat("咨询类诉求1245件，占0.44%；", n))),
                new Shape("one sentence of commas, no full stop", n -> one(repeat("受理12件，办结10件，办结率83.33%，", n))),
                new Shape("figures without punctuation", n -> one(repeat("受理12件办结10件占83.33%提高2个百分点", n))),
                new Shape("last year's lists in parentheses", n -> one(repeat(
                        "受理5140件、办结4720件（上年分别为4571件、4296件），分别增长12.45%和9.87%。", n))),
                new Shape("references to metrics", n -> Fixtures.withParagraphs(METRICS,
                        repeat("受理{{受理}}，办结{{办结}}，办结率{{办结率}}，同比增长3.5%。", n))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aLongParagraphCostsLinearTimeAndMemory(Shape shape) {
        Report small = shape.withFigures().apply(1000);
        Report large = shape.withFigures().apply(4000);
        assertThat(figures(large)).isGreaterThanOrEqualTo(4000);
        assertLinear(small, large);
    }

    @Test
    void manyShortParagraphsCostLinearTimeAndMemory() {
        assertLinear(LongProse.shortParagraphs(10_000), LongProse.shortParagraphs(40_000));
    }

    /**
     * A paragraph cut into pieces finds what its sentences find on their own: the same findings with
     * the same verdicts, each pointing at its own words in the stored paragraph.
     */
    @Test
    void aLongParagraphFindsWhatItsSentencesFind() {
        String sentence = LongProse.MIXED_SENTENCE;
        List<Finding> alone = findings(Fixtures.withParagraphs(sentence));
        int times = 3 * ProsePieces.MAX_CHARS / sentence.length();
        String paragraph = sentence.repeat(times);
        List<Finding> long_ = findings(Fixtures.withParagraphs(paragraph));

        assertThat(verdicts(long_)).isEqualTo(verdicts(alone).stream()
                .flatMap(v -> java.util.Collections.nCopies(times, v).stream()).sorted().toList());
        assertThat(alone).anyMatch(f -> f.status() == FindingStatus.OK && f.rule().equals("rate"));
        for (Finding f : long_) {
            Location l = f.location();
            assertThat(paragraph.substring(l.start(), l.end())).as(f.toString()).isEqualTo(f.text());
            int offset = l.start() % sentence.length();
            assertThat(sentence.substring(offset, offset + f.text().length())).isEqualTo(f.text());
        }
    }

    @Test
    void piecesOfAParagraphWithReferencesPointAtTheStoredReferences() {
        String sentence = "受理{{受理}}，办结{{办结}}，办结率为{{办结率}}。";
        String paragraph = sentence.repeat(2 * ProsePieces.MAX_FIGURES);
        List<Finding> rates = findings(Fixtures.withParagraphs(METRICS, paragraph)).stream()
                .filter(f -> f.rule().equals("rate")).toList();

        assertThat(rates).hasSize(2 * ProsePieces.MAX_FIGURES).allMatch(f -> f.status() == FindingStatus.OK);
        for (Finding f : rates) {
            Location l = f.location();
            assertThat(paragraph.substring(l.start(), l.end())).isEqualTo("办结率为{{办结率}}");
            assertThat(f.text()).isEqualTo("办结率为80.88%");
        }
    }

    @Test
    void aLongListBelowATotalIsNotSummed() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("全年罚没收入5万元，具体如下：");
        for (int i = 0; i < BreakdownRule.MAX_LIST_BELOW + 1; i++) {
            paragraphs.add("某项" + i + "万元。");
        }
        Report report = Fixtures.withParagraphs(paragraphs.toArray(String[]::new));
        assertThat(Fixtures.findings(report, RuleId.SUM)).isEmpty();
    }

    // ---- measuring

    private static void assertLinear(Report small, Report large) {
        ReportChecker checker = new ReportChecker();
        checker.check(small); // warm up, so the small run is not charged the compilation
        checker.check(large);
        Cost a = cost(checker, small);
        Cost b = cost(checker, large);
        System.out.printf("check limits: %s for the text, %s for four times it%n", a, b);
        assertThat(b.cpuNanos()).as("CPU time for four times the text: %s against %s", b, a)
                .isLessThan((long) (RATIO * Math.max(a.cpuNanos(), 5_000_000)));
        assertThat(b.allocated()).as("memory allocated for four times the text: %s against %s", b, a)
                .isLessThan((long) (RATIO * a.allocated()));
        assertThat(b.allocated()).as("memory allocated").isLessThan(2L << 30);
    }

    record Cost(long cpuNanos, long allocated) {
        @Override
        public String toString() {
            return cpuNanos / 1_000_000 + " ms CPU, " + allocated / (1 << 20) + " MB allocated";
        }
    }

    /** The least CPU time and allocation of three checks (the least is the least disturbed). */
    private static Cost cost(ReportChecker checker, Report report) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            checker.check(report);
            cpu = Math.min(cpu, threads.getCurrentThreadCpuTime() - c0);
            allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - a0);
        }
        return new Cost(cpu, allocated);
    }

    // ---- texts

    private static final List<Metric> METRICS = List.of(Metric.count("受理", new BigDecimal("68"), "件"),
            Metric.count("办结", new BigDecimal("55"), "件"), Metric.derived("办结率", "办结 / 受理 * 100", 2, "%"));

    private static Report one(String paragraph) {
        return Fixtures.withParagraphs(paragraph);
    }

    /** The text repeated until it holds at least n figures. */
    private static String repeat(String text, int n) {
        int per = FigureScanner.scan(text).size();
        return text.repeat((n + per - 1) / per);
    }

    private static String realText;

    /** Every real published text of the corpus as one run of sentences. */
    private static synchronized String realText() {
        if (realText == null) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/realtexts"))) {
                realText = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8).replace("\n", "");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).collect(Collectors.joining());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return realText;
    }

    private static long figures(Report report) {
        return report.outline().stream().flatMap(e -> e.section().paragraphs().stream()).map(Paragraph::text)
                .mapToLong(t -> FigureScanner.scan(t).size()).sum();
    }

    private static List<Finding> findings(Report report) {
        return new ReportChecker().check(report).findings().stream()
                .filter(f -> !f.location().section().isEmpty() && f.location().paragraph() >= 0
                        && !f.location().section().equals(Location.METRICS))
                .toList();
    }

    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.status() + " " + f.text() + " " + f.message())
                .sorted().toList();
    }
}
