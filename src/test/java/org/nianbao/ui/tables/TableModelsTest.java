package org.nianbao.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Attachment;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.ui.session.SessionFixture;

/**
 * The metrics, problem and attachment tables' view models without a window: what they accept, what they
 * refuse and why (in the status line), and that every accepted edit is stored and undone in one step.
 */
class TableModelsTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;

    @BeforeEach
    void open() {
        fixture = new SessionFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFigureIsStoredAsTypedWithSeparatorsAndAWordIsRefusedWithTheReason() {
        MetricsModel metrics = new MetricsModel(fixture.session);

        assertThat(metrics.setValue(0, "1,240")).isTrue();
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo(new BigDecimal("1240"));

        assertThat(metrics.setValue(0, "四十")).isFalse();
        assertThat(fixture.session.statusProperty().get()).contains("“四十”不是数字");
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo(new BigDecimal("1240"));

        metrics.undo();
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo(new BigDecimal("40"));
    }

    @Test
    void newMetricsTakeTheNextFreeNameAndABlankNameIsRefused() {
        MetricsModel metrics = new MetricsModel(fixture.session);

        int first = metrics.add();
        int second = metrics.add();
        assertThat(fixture.reload().metrics()).extracting(Metric::name).endsWith("指标1", "指标2");
        assertThat(second).isEqualTo(first + 1);

        assertThat(metrics.setName(first, "  ")).isFalse();
        assertThat(fixture.session.statusProperty().get()).isEqualTo(SessionFixture.MESSAGES.get("error.emptyName"));

        metrics.delete(first);
        assertThat(fixture.reload().metrics()).extracting(Metric::name).endsWith("审结率", "指标2");
    }

    @Test
    void aDeadlineIsReadAsOfficersWriteItAndBlankClearsIt() {
        ProblemsModel problems = new ProblemsModel(fixture.session);

        assertThat(problems.setDeadline(0, "2024年6月底")).isTrue();
        assertThat(fixture.reload().problems().get(0).deadline()).isEqualTo(LocalDate.of(2024, 6, 30));

        assertThat(problems.setDeadline(0, "年底前")).isFalse();
        assertThat(fixture.session.statusProperty().get()).contains("“年底前”不是日期");

        assertThat(problems.setDeadline(0, " ")).isTrue();
        assertThat(fixture.reload().problems().get(0).deadline()).isNull();
        problems.undo();
        assertThat(fixture.reload().problems().get(0).deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aProblemAddedAndDeletedIsUndoneBackToItsPlace() {
        ProblemsModel problems = new ProblemsModel(fixture.session);
        problems.setText(1, " 规范性文件备案不够及时。 ");

        problems.delete(0);
        assertThat(fixture.reload().problems()).extracting(ProblemItem::text).containsExactly("规范性文件备案不够及时。");
        problems.undo();
        assertThat(fixture.reload().problems()).extracting(ProblemItem::text)
                .containsExactly("执法人员培训覆盖面不够广", "规范性文件备案不够及时。");
    }

    @Test
    void anAttachmentsBodyIsOneParagraphALineAndItsTitleCannotBeBlank() {
        AttachmentsModel attachments = new AttachmentsModel(fixture.session);

        attachments.setBody(0, "表一 行政复议案件\n\n  表二 行政应诉案件  \n");
        assertThat(fixture.reload().attachments().get(0).body()).extracting(Paragraph::text)
                .containsExactly("表一 行政复议案件", "表二 行政应诉案件");
        assertThat(AttachmentsModel.text(fixture.session.report().attachments().get(0)))
                .isEqualTo("表一 行政复议案件\n表二 行政应诉案件");

        assertThat(attachments.rename(0, "")).isFalse();
        assertThat(fixture.session.statusProperty().get()).isEqualTo(SessionFixture.MESSAGES.get("error.emptyTitle"));
    }

    @Test
    void attachmentsMoveWithinTheListAndSayWhereTheyLanded() {
        AttachmentsModel attachments = new AttachmentsModel(fixture.session);
        int added = attachments.add();

        assertThat(attachments.moveDown(added)).as("the last stays last").isEqualTo(added);
        assertThat(attachments.moveUp(added)).isEqualTo(added - 1);
        assertThat(fixture.reload().attachments()).extracting(Attachment::title)
                .containsExactly("新附件1", "2023年行政复议案件统计表");
    }
}
