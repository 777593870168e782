package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;

/**
 * Whatever a long paragraph holds, its pieces cover it in order within the limits, no cut falls inside
 * a figure or a reference, and every finding about a piece points at its own words in the stored
 * paragraph.
 */
class ProsePiecesProperties {

    private static final List<String> WORDS = List.of("受理", "办结", "其中", "占", "办结率", "同比", "增长", "提高",
            "个百分点", "上年", "（", "）", "，", "。", "；", "、", "约", "万", "件", "人", "%", "-", "5", "12", "55", "68",
            "100", "3.2", "1,234", "63.8", "1 360", "{{受理}}", "{{办结率}}", "{{无}}", "2023年13月45日", "一是", "二是");

    private static final List<Metric> METRICS = List.of(Metric.count("受理", new BigDecimal("68"), "件"),
            Metric.count("办结", new BigDecimal("55"), "件"), Metric.derived("办结率", "办结 / 受理 * 100", 2, "%"));

    static Gen<String> longProse() {
        // a short random text, repeated past the limits, sometimes with its punctuation taken out
        return lists().of(arbitrary().pick(WORDS)).ofSizeBetween(1, 30).map(l -> String.join("", l))
                .zip(booleans().all(), (t, bare) -> bare ? t.replaceAll("[，。；、（）]", "") : t)
                .map(t -> t.isEmpty() ? "5件" : t).map(t -> t.repeat(ProsePieces.MAX_CHARS * 2 / t.length() + 1));
    }

    @Test
    void piecesCoverTheParagraphWithinTheLimits() {
        qt().withExamples(60).forAll(longProse()).checkAssert(ProsePiecesProperties::piecesCoverTheParagraphWithinTheLimits);
    }

    private static void piecesCoverTheParagraphWithinTheLimits(String paragraph) {
        ResolvedText resolved = ResolvedText.of(paragraph, Map.of());
        List<Figure> figures = FigureScanner.scan(paragraph);
        List<Integer> cuts = ProsePieces.cuts(paragraph, figures, resolved);
        int from = 0;
        for (int cut : cuts) {
            assertThat(cut).isGreaterThan(from);
            assertThat(cut - from).isLessThanOrEqualTo(ProsePieces.MAX_CHARS);
            int start = from;
            int end = cut;
            assertThat(figures).noneMatch(f -> f.start() < end && end < f.end()); // no figure is cut
            assertThat(figures.stream().filter(f -> f.start() >= start && f.end() <= end).count())
                    .isLessThanOrEqualTo(ProsePieces.MAX_FIGURES);
            from = cut;
        }
        assertThat(from).isEqualTo(paragraph.length());
    }

    @Test
    void findingsOfPiecesPointAtTheirWordsInTheStoredParagraph() {
        qt().withExamples(40).forAll(longProse())
                .checkAssert(ProsePiecesProperties::findingsOfPiecesPointAtTheirWordsInTheStoredParagraph);
    }

    private static void findingsOfPiecesPointAtTheirWordsInTheStoredParagraph(String paragraph) {
        Report report = Fixtures.withParagraphs(METRICS, paragraph);
        String section = report.outline().stream()
                .filter(e -> e.section().paragraphs().stream().anyMatch(p -> p.text().equals(paragraph)))
                .map(e -> CheckContext.path(e.path())).findFirst().orElseThrow();
        for (Finding f : new ReportChecker().check(report).findings()) {
            Location l = f.location();
            if (l.section().equals(section) && l.paragraph() == 0) {
                assertThat(l.start()).isBetween(0, l.end());
                assertThat(l.end()).isLessThanOrEqualTo(paragraph.length());
                String stored = paragraph.substring(l.start(), l.end());
                if (!stored.contains("{{")) {
                    assertThat(f.text()).as(f.toString()).isEqualTo(stored);
                }
            }
        }
    }
}
