package org.nianbao.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;

/**
 * The open report every pane shares, without a window: an edit shows at once and reaches the store
 * in order; a refused write says why in the status line; another report starts the structure again.
 */
class ReportSessionTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private ReportSession session;
    /** 一、（一）强化组织领导 */
    private long leadership;

    @BeforeEach
    void open() {
        fixture = new SessionFixture(folder);
        session = fixture.session;
        leadership = fixture.stored.sections().get(0).children().get(0).id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aTypedChangeShowsAtOnceAndIsStoredInItsSectionNewestLast() {
        session.editSection(leadership, s -> s.withParagraphs(List.of(Paragraph.of("第一稿。"))));
        session.editSection(leadership, s -> s.withParagraphs(List.of(Paragraph.of("第二稿。"))));

        assertThat(leadershipIn(session.report()).paragraphs()).containsExactly(Paragraph.of("第二稿。"));
        assertThat(leadershipIn(fixture.reload()).paragraphs()).containsExactly(Paragraph.of("第二稿。"));
        assertThat(session.statusProperty().get()).startsWith("已保存");
    }

    @Test
    void anEditOfASectionThatIsGoneChangesNothing() {
        Report before = session.report();
        session.editSection(-1, s -> s.withHeading("不存在"));

        assertThat(session.report()).isSameAs(before);
    }

    @Test
    void aRefusedWriteSaysWhyInTheStatusLineAndIsThrownOnInChinese() {
        assertThatThrownBy(() -> session.write(() -> {
            throw new BadInputException("标题不能为空", "blank heading");
        })).isInstanceOf(BadInputException.class);
        assertThat(session.statusProperty().get()).isEqualTo("未能保存：标题不能为空");

        assertThatThrownBy(() -> session.write(() -> {
            throw new IllegalStateException("database is locked");
        })).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.chinese()).isEqualTo("保存失败"));
        assertThat(session.statusProperty().get()).isEqualTo("未能保存：database is locked");
    }

    @Test
    void anotherReportIsAStructureChangeAndTheStatusNamesIt() {
        int before = session.structureVersionProperty().get();
        Report other = session.create(Fixtures.smallReport().withTitle("示例区2024年法治政府建设年度报告"));

        assertThat(session.report()).isEqualTo(other);
        assertThat(session.structureVersionProperty().get()).isGreaterThan(before);
        assertThat(session.statusProperty().get()).isEqualTo("已打开《示例区2024年法治政府建设年度报告》");
        assertThat(session.store().list()).hasSize(2);
    }

    @Test
    void openingAReportReadsItAfterTheSavesStillQueued() {
        session.editSection(leadership, s -> s.withHeading("加强组织领导"));
        session.openReport(fixture.stored.id());

        assertThat(leadershipIn(session.report()).heading()).isEqualTo("加强组织领导");
    }

    @Test
    void closingSavesWhatIsQueuedFirstAndASecondCloseDoesNoHarm() {
        session.editSection(leadership, s -> s.withHeading("加强组织领导"));
        session.close();
        session.close();

        try (ReportStore store = ReportStore.open(fixture.database)) {
            assertThat(leadershipIn(store.load(fixture.stored.id())).heading()).isEqualTo("加强组织领导");
        }
    }

    private static Section leadershipIn(Report report) {
        return report.sections().get(0).children().get(0);
    }
}
