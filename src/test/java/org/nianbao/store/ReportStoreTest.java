package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Metric;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemStatus;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.text.SectionNumbering;
import org.nianbao.testing.Fixtures;

class ReportStoreTest {

    @TempDir
    Path dir;
    ReportStore store;

    @BeforeEach
    void open() {
        store = ReportStore.open(dir.resolve("sub/folder/nianbao.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createsTheFileAndItsFolderMigratedToTheLatestSchema() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement st = c.createStatement()) {
            assertThat(pragma(st, "user_version")).isEqualTo(String.valueOf(Migrations.latestVersion()));
            assertThat(pragma(st, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(st, "application_id")).isEqualTo(String.valueOf(Database.APPLICATION_ID));
        }
    }

    private static String pragma(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aStoredReportLoadsBackEqualWithIdsSet() {
        Report stored = store.insert(Fixtures.smallReport());
        Report loaded = store.load(stored.id());
        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.sections().get(0).children().get(1).id()).isNotNull();
        assertThat(loaded.metrics().get(2).formula()).isEqualTo("审结 / 受理 * 100");
        assertThat(loaded.metrics().get(2).value()).isEqualByComparingTo("90");
        assertThat(store.list()).containsExactly(new ReportSummary(stored.id(), 2023, "示例区2023年法治政府建设年度报告"));
    }

    @Test
    void decimalsKeepTheirExactDigits() {
        Report r = Fixtures.smallReport().withMetrics(List.of(
                Metric.count("金额", new BigDecimal("862.40"), "万元").withPriorValue(new BigDecimal("0.1"))));
        Metric m = store.load(store.insert(r).id()).metrics().get(0);
        assertThat(m.value().toPlainString()).isEqualTo("862.40");
        assertThat(m.priorValue().toPlainString()).isEqualTo("0.1");
    }

    @Test
    void sectionEditsAreSavedAndNumberingFollowsMoves() {
        Report r = store.insert(Fixtures.smallReport());
        Section part1 = r.sections().get(0);
        Section second = part1.children().get(1);
        store.updateSection(second.withHeading("依法化解矛盾纠纷").withParagraphs(List.of(new Paragraph("新的正文。"))));
        store.moveSection(second.id(), part1.id(), 0);

        Report loaded = store.load(r.id());
        OutlineEntry first = loaded.outline().get(1);
        assertThat(first.section().heading()).isEqualTo("依法化解矛盾纠纷");
        assertThat(SectionNumbering.path(first.path())).isEqualTo("一、（一）");
        assertThat(first.section().paragraphs()).containsExactly(new Paragraph("新的正文。"));
        assertThat(loaded.outline().get(2).section().heading()).isEqualTo("强化组织领导");
    }

    @Test
    void movingAPartUnderAnotherDemotesItAndClosesTheGap() {
        Report r = store.insert(Fixtures.smallReport());
        long problems = r.sections().get(1).id();
        store.moveSection(problems, r.sections().get(0).id(), 2);
        Report loaded = store.load(r.id());
        assertThat(loaded.sections()).extracting(Section::heading)
                .containsExactly("2023年法治政府建设主要成效", "2024年工作安排");
        assertThat(loaded.sections().get(0).children()).extracting(Section::heading)
                .containsExactly("强化组织领导", "化解矛盾纠纷", "存在的不足");
    }

    @Test
    void insertAndDeleteKeepSiblingPositionsDense() {
        Report r = store.insert(Fixtures.smallReport());
        Section inserted = store.insertSection(r.id(), null, 1, Fixtures.section("党政主要负责人履行第一责任人职责情况"));
        assertThat(store.load(r.id()).sections()).extracting(Section::heading).containsExactly(
                "2023年法治政府建设主要成效", "党政主要负责人履行第一责任人职责情况", "存在的不足", "2024年工作安排");
        store.deleteSection(r.sections().get(0).id());
        Report loaded = store.load(r.id());
        assertThat(loaded.sections()).extracting(Section::heading).containsExactly(
                "党政主要负责人履行第一责任人职责情况", "存在的不足", "2024年工作安排");
        assertThat(loaded.sections().get(0).id()).isEqualTo(inserted.id());
        assertThat(loaded.outline()).hasSize(4); // the deleted part's two children went with it
    }

    @Test
    void refusesAMoveIntoItsOwnSubtreeOrBelowLevelFour() {
        Report r = store.insert(Fixtures.smallReport());
        Section part1 = r.sections().get(0);
        assertThatThrownBy(() -> store.moveSection(part1.id(), part1.children().get(0).id(), 0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("下级");
        Section l3 = store.insertSection(r.id(), part1.children().get(0).id(), 0, Fixtures.section("三级"));
        Section l4 = store.insertSection(r.id(), l3.id(), 0, Fixtures.section("四级"));
        assertThatThrownBy(() -> store.insertSection(r.id(), l4.id(), 0, Fixtures.section("五级")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("四级");
        assertThat(store.load(r.id()).outline()).hasSize(8);
    }

    @Test
    void metricsAndProblemsAreInsertedUpdatedAndDeleted() {
        Report r = store.insert(Fixtures.smallReport());
        Metric added = store.saveMetric(r.id(), Metric.count("办理", new BigDecimal("48"), "件"));
        store.saveMetric(r.id(), added.withValue(new BigDecimal("49")));
        store.deleteMetric(r.metrics().get(0).id());
        ProblemItem p = r.problems().get(0);
        store.saveProblem(r.id(), new ProblemItem(p.id(), p.text(), "行政执法", "区司法局", "分批轮训",
                LocalDate.of(2024, 6, 30), ProblemStatus.IN_PROGRESS));
        Report loaded = store.load(r.id());
        assertThat(loaded.metrics()).extracting(Metric::name).containsExactly("审结", "审结率", "办理");
        assertThat(loaded.metrics().get(2).value()).isEqualByComparingTo("49");
        assertThat(loaded.problems().get(0).status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(loaded.problems().get(0).deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aDuplicateMetricNameIsRefusedInChinese() {
        Report r = store.insert(Fixtures.smallReport());
        assertThatThrownBy(() -> store.saveMetric(r.id(), Metric.count("受理", BigDecimal.ONE, "件")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("已存在");
    }

    @Test
    void copyToYearMakesNextYearsReportWithLastYearsFiguresAsPrior() {
        Report r = store.insert(Fixtures.smallReport());
        Report next = store.copyToYear(r.id(), 2024);
        Report loaded = store.load(next.id());
        assertThat(loaded.year()).isEqualTo(2024);
        assertThat(loaded.title()).isEqualTo("示例区2024年法治政府建设年度报告");
        assertThat(loaded.date()).isNull();
        assertThat(loaded.outline()).hasSameSizeAs(r.outline());
        assertThat(loaded.metrics().get(0).priorValue()).isEqualByComparingTo("40");
        assertThat(loaded.metrics().get(0).value()).isNull();
        assertThat(loaded.problems()).hasSize(2);
        assertThat(store.load(r.id())).isEqualTo(r);
        assertThat(store.list()).hasSize(2);
    }

    @Test
    void deletingAReportRemovesAllItsRows() throws Exception {
        Report r = store.insert(Fixtures.smallReport());
        store.deleteReport(r.id());
        assertThat(store.list()).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM section) + (SELECT count(*) FROM paragraph)"
                     + " + (SELECT count(*) FROM metric) + (SELECT count(*) FROM problem_item)")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aMissingReportIdIsReportedInChinese() {
        assertThatThrownBy(() -> store.load(42)).isInstanceOf(BadInputException.class).hasMessageContaining("42");
    }

    @Test
    void reopeningFindsEverything() {
        Report r = store.insert(Fixtures.smallReport());
        store.close();
        store = ReportStore.open(dir.resolve("sub/folder/nianbao.db"));
        assertThat(store.load(r.id())).isEqualTo(r);
    }

    @Test
    void rowsInsertedMovedAndDeletedInTheMiddleKeepTheirOrderAndIds() {
        Report r = store.insert(Fixtures.smallReport());
        List<Metric> before = r.metrics();
        Metric middle = store.insertMetric(r.id(), 1, Metric.count("办理", new BigDecimal("48"), "件"));
        assertThat(store.load(r.id()).metrics()).extracting(Metric::name).containsExactly("受理", "办理", "审结", "审结率");
        store.moveMetric(before.get(0).id(), 3);
        assertThat(store.load(r.id()).metrics()).extracting(Metric::name).containsExactly("办理", "审结", "审结率", "受理");
        store.deleteMetric(middle.id());
        store.insertMetric(r.id(), 1, Metric.count("办理", new BigDecimal("49"), "件"));
        List<Metric> after = store.load(r.id()).metrics();
        assertThat(after).extracting(Metric::name).containsExactly("审结", "办理", "审结率", "受理");
        assertThat(after.get(0).id()).isEqualTo(before.get(1).id()); // the others were not stored again

        ProblemItem third = store.insertProblem(r.id(), 0, ProblemItem.of("第三个问题"));
        store.moveProblem(third.id(), 2);
        assertThat(store.load(r.id()).problems()).extracting(ProblemItem::text)
                .containsExactly("执法人员培训覆盖面不够广", "规范性文件备案不够及时", "第三个问题");
        store.deleteProblem(r.problems().get(0).id());
        store.insertProblem(r.id(), 0, ProblemItem.of("第一个问题"));
        assertThat(store.load(r.id()).problems()).extracting(ProblemItem::text)
                .containsExactly("第一个问题", "规范性文件备案不够及时", "第三个问题");
    }
}
