package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.testing.Corpus;

/** The real published report: skipped where the corpus is not checked out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusReportImportTest {

    private Report report;

    @BeforeAll
    void importCorpus() {
        Optional<Path> corpus = Corpus.report();
        Assumptions.assumeTrue(corpus.isPresent(), "corpus report absent");
        report = new ReportImporter().read(corpus.get());
    }

    @Test
    void findsThreePartsWithEightAndFiveSubsections() {
        List<Section> parts = report.sections();
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).children()).hasSize(8);
        assertThat(parts.get(1).children()).isEmpty();
        assertThat(parts.get(2).children()).hasSize(5);
        assertThat(parts.get(0).children()).allMatch(s -> s.style() == HeadingStyle.RUN_IN);
    }

    @Test
    void storesRunInHeadingsWithoutTheirFullStop() {
        Section first = report.sections().get(0).children().get(0);
        assertThat(first.heading()).isEqualTo("提高政治站位，落实法治责任");
        assertThat(first.paragraphs().get(0).text()).startsWith("我区高度重视");
    }

    @Test
    void turnsTheProblemPartIntoSixItems() {
        Section problems = report.sections().get(1);
        assertThat(problems.role()).isEqualTo(SectionRole.PROBLEMS);
        assertThat(report.problems()).hasSize(6);
        assertThat(report.problems().get(0).text()).isEqualTo("个别重大决策的公众参与面不够广、参与效果不够明显");
        assertThat(report.problems()).noneMatch(p -> p.text().endsWith("；") || p.text().endsWith("。"));
        assertThat(problems.paragraphs()).hasSize(1);
        assertThat(problems.paragraphs().get(0).text()).endsWith("主要表现在：");
    }

    @Test
    void readsTwoIssuersOnOneLineAndTheDate() {
        assertThat(report.issuers()).containsExactly("中共河源市源城区委员会", "河源市源城区人民政府");
        assertThat(report.date()).isEqualTo(LocalDate.of(2021, 1, 30));
    }

    @Test
    void detectsTheYearFromThePreambleAndKeepsThePreamble() {
        assertThat(report.year()).isEqualTo(2020);
        assertThat(report.preamble()).hasSize(1);
        assertThat(report.preamble().get(0).text()).startsWith("2020年，在市委").endsWith("报告如下：");
    }

    @Test
    void normalizesHalfWidthPunctuationInTheProse() {
        String all = report.outline().stream()
                .flatMap(e -> e.section().paragraphs().stream())
                .map(p -> p.text())
                .reduce("", String::concat);
        assertThat(all).doesNotContain(",", "(", ")", ";", ":");
        assertThat(report.sections().get(2).children().get(3).heading()).isEqualTo("进一步推动镇（街道）综合执法体制改革");
    }

    @Test
    void hasNoIdAndATitleNamingTheYear() {
        assertThat(report.id()).isNull();
        assertThat(report.title()).isEqualTo("2020年法治政府建设年度报告");
    }
}
