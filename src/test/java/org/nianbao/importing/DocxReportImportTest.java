package org.nianbao.importing;

import org.nianbao.testing.DocxFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

class DocxReportImportTest {

    @TempDir
    Path dir;

    @Test
    void takesHeadingLevelsFromStylesAndOutlineLevels() {
        Report report = new ReportImporter().read(DocxFixtures.styledReport(dir));
        assertThat(report.title()).isEqualTo("示例区2023年法治政府建设年度报告");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.preamble()).extracting(Paragraph::text)
                .containsExactly("2023年，示例区法治政府建设取得新成效。现将有关情况报告如下：");
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("2023年法治政府建设主要成效", "存在的不足", "下一步工作安排");
        Section decisions = report.sections().get(0).children().get(0);
        assertThat(decisions.heading()).isEqualTo("完善依法决策机制");
        assertThat(decisions.paragraphs()).extracting(Paragraph::text).containsExactly("全年审查重大行政决策事项12项。");
        assertThat(decisions.children()).extracting(Section::heading).containsExactly("规范决策程序", "强化合法性审查");
        assertThat(decisions.children().get(0).children()).extracting(Section::heading).containsExactly("明确听证范围");
    }

    @Test
    void stripsATypedMarkerFromAStyledHeading() {
        Report report = new ReportImporter().read(DocxFixtures.styledReport(dir));
        Section enforcement = report.sections().get(0).children().get(1);
        assertThat(enforcement.heading()).isEqualTo("深化执法改革");
        assertThat(enforcement.style()).isEqualTo(HeadingStyle.STANDALONE);
    }

    @Test
    void readsProblemsIssuersFromATableRowAndTheDateFromAStyledDocx() {
        Report report = new ReportImporter().read(DocxFixtures.styledReport(dir));
        assertThat(report.sections().get(1).role()).isEqualTo(SectionRole.PROBLEMS);
        assertThat(report.problems()).extracting(p -> p.text()).containsExactly("审查力量不足", "培训覆盖面不广");
        assertThat(report.issuers()).containsExactly("示例区委员会", "示例区人民政府");
        assertThat(report.date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(report.sections().get(2).paragraphs()).hasSize(1);
    }

    @Test
    void fallsBackToTextMarkersWhenTheDocxHasNoHeadingStyles() {
        Report report = new ReportImporter().read(DocxFixtures.markedReport(dir));
        assertThat(report.title()).isEqualTo("示例区2022年法治政府建设年度报告");
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("主要成效", "存在问题和困难", "下一步工作计划");
        Section results = report.sections().get(0);
        assertThat(results.children()).extracting(Section::heading).containsExactly("强化组织领导", "推进严格执法");
        assertThat(results.children().get(0).style()).isEqualTo(HeadingStyle.RUN_IN);
        Section review = results.children().get(1).children().get(0);
        assertThat(review.heading()).isEqualTo("开展案卷评查");
        assertThat(review.children()).extracting(Section::heading).containsExactly("重点领域评查");
        assertThat(report.problems()).extracting(p -> p.text()).containsExactly("执法装备不足", "基层力量薄弱");
    }

    @Test
    void splitsIssuerAndDateHeldInOneParagraphByALineBreak() {
        Report report = new ReportImporter().read(DocxFixtures.markedReport(dir));
        assertThat(report.issuers()).containsExactly("示例区人民政府");
        assertThat(report.date()).isEqualTo(LocalDate.of(2023, 1, 30));
    }

    @Test
    void readsTextInsideAContentControl() {
        Report report = new ReportImporter().read(DocxFixtures.markedReport(dir));
        assertThat(report.sections().get(2).children()).extracting(Section::heading)
                .containsExactly("加强执法保障", "加强队伍建设");
    }

    @Test
    void readsHeadingsNumberedByWordListFormats() {
        Report report = new ReportImporter().read(DocxFixtures.autoNumberedReport(dir));
        assertThat(report.sections()).extracting(Section::heading).containsExactly("主要成效", "存在问题");
        Section results = report.sections().get(0);
        assertThat(results.children()).extracting(Section::heading).containsExactly("完善决策机制", "加强执法监督");
        assertThat(results.children().get(0).style()).isEqualTo(HeadingStyle.RUN_IN);
        Section procedure = results.children().get(0).children().get(0);
        assertThat(procedure.heading()).isEqualTo("规范程序");
        assertThat(procedure.paragraphs()).extracting(Paragraph::text).containsExactly("修订规定2项。");
        assertThat(report.problems()).hasSize(2);
    }

    @Test
    void readsAReviewedFileWithChangesAcceptedAndWithoutCommentsOrFootnotes() {
        Report report = new ReportImporter().read(DocxFixtures.reviewedReport(dir));
        assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("全年受理案件68件。");
    }
}
