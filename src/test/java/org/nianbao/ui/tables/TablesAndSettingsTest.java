package org.nianbao.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemStatus;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class TablesAndSettingsTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void problemItemsTakeUnitDeadlineAndStatusAndAWrongDateIsRefused(FxRobot robot) {
        robot.clickOn("#tab-problems");
        edit(robot, "problems-unit", 0, "区司法局");
        edit(robot, "problems-deadline", 0, "六月底");
        TextField refused = robot.lookup("." + ValidatedTextCell.EDITOR_STYLE).queryAs(TextField.class);
        assertThat(refused.getTooltip().getText()).isEqualTo("“六月底”不是日期：请写成 2024年6月30日、2024年6月底 或 2024-06-30");
        javafx.scene.control.Labeled reason = robot.lookup("#problems-refusal").queryAs(javafx.scene.control.Labeled.class);
        assertThat(reason.getText()).as("the reason shows under the table, not only on hover")
                .isEqualTo("“六月底”不是日期：请写成 2024年6月30日、2024年6月底 或 2024-06-30");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getHeight()).isPositive();
        robot.type(KeyCode.ESCAPE);
        assertThat(reason.isVisible()).as("gone with the refused text").isFalse();
        edit(robot, "problems-deadline", 0, "2024年6月底");
        robot.interact(() -> new ProblemsModel(fixture.session).setStatus(0, ProblemStatus.IN_PROGRESS));

        ProblemItem stored = fixture.reload().problems().get(0);
        assertThat(stored.responsibleUnit()).isEqualTo("区司法局");
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(stored.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
    }

    @Test
    void metricsAreAddedWithAFreeNameAndDeleted(FxRobot robot) {
        robot.clickOn("#tab-metrics").clickOn("#metrics-add").clickOn("#metrics-add");
        FxSettle.settle();
        assertThat(fixture.reload().metrics()).extracting(org.nianbao.model.Metric::name)
                .containsExactly("受理", "审结", "审结率", "指标1", "指标2");

        robot.interact(() -> fixture.window.metrics().table().getSelectionModel().select(0));
        robot.clickOn("#metrics-delete");
        FxSettle.settle();
        assertThat(fixture.reload().metrics()).extracting(org.nianbao.model.Metric::name)
                .containsExactly("审结", "审结率", "指标1", "指标2");
        assertThat(fixture.window.metrics().table().getItems()).hasSize(4);
    }

    @Test
    void anAddedProblemIsEditedAtOnceAndWhatIsTypedNamesIt(FxRobot robot) {
        robot.clickOn("#tab-problems").clickOn("#problems-add");
        FxSettle.settle();
        var table = fixture.window.problems().table();
        assertThat(table.getEditingCell()).as("the new row's problem, being edited").isNotNull();
        assertThat(table.getEditingCell().getRow()).isEqualTo(2);

        robot.write("案卷评查发现问题整改不够及时").type(KeyCode.ENTER);
        FxSettle.settle();
        assertThat(fixture.reload().problems()).extracting(ProblemItem::text).containsExactly(
                "执法人员培训覆盖面不够广", "规范性文件备案不够及时", "案卷评查发现问题整改不够及时");
    }

    @Test
    void addedProblemIsStoredAtTheEnd(FxRobot robot) {
        robot.clickOn("#tab-problems").clickOn("#problems-add");
        FxSettle.settle();
        assertThat(fixture.reload().problems()).extracting(ProblemItem::text).containsExactly(
                "执法人员培训覆盖面不够广", "规范性文件备案不够及时", "新问题");
    }

    @Test
    void reportSettingsChangeTitleAndExportChoicesAndTheTitleBarFollows(FxRobot robot) {
        robot.interact(() -> javafx.application.Platform.runLater(fixture.window::editSettings));
        FxSettle.settle();
        robot.interact(() -> {
            robot.lookup("#settings-title").queryAs(TextField.class).setText("示例区2023年度法治政府建设情况报告");
            robot.lookup("#settings-preamble").queryAs(javafx.scene.control.TextArea.class)
                    .setText("2023年，示例区坚持依法行政。\n现将有关情况报告如下：");
        });
        Path template = folder.resolve("本单位模板.docx");
        fixture.dialogs.answer(template);
        robot.clickOn("#settings-choose-template");
        robot.clickOn("#settings-bold").clickOn("确定");
        FxSettle.settle();

        Report stored = fixture.reload();
        assertThat(stored.title()).isEqualTo("示例区2023年度法治政府建设情况报告");
        assertThat(stored.settings().boldHeadings()).isTrue();
        assertThat(stored.settings().templatePath()).isEqualTo(template.toString());
        assertThat(stored.preamble()).extracting(org.nianbao.model.Paragraph::text)
                .containsExactly("2023年，示例区坚持依法行政。", "现将有关情况报告如下：");
        assertThat(stored.sections()).hasSize(3);
        assertThat(stage.getTitle()).isEqualTo("年报 — 示例区2023年度法治政府建设情况报告");
    }

    @Test
    void newReportFromLastYearsCarriesTheOutlineAndMakesFiguresLastYears(FxRobot robot) {
        robot.clickOn("文件").clickOn("以上年报告为底稿新建");
        FxSettle.settle();

        Report copy = fixture.session.report();
        assertThat(copy.id()).isNotEqualTo(fixture.stored.id());
        assertThat(copy.year()).isEqualTo(2024);
        assertThat(copy.metrics().get(0).priorValue()).isEqualByComparingTo("40");
        assertThat(fixture.window.outline().tree().getRoot().getChildren().get(0).getValue().label())
                .startsWith("一、");
        assertThat(stage.getTitle()).contains("2024");
        assertThat(fixture.session.store().list()).hasSize(2);
    }

    @Test
    void newReportFromTheThreePartOutlineIsStoredAndShown(FxRobot robot) {
        robot.clickOn("文件").clickOn("按三部分提纲新建报告");
        FxSettle.settle();

        int year = java.time.Year.now().getValue() - 1;
        assertThat(fixture.window.outline().tree().getRoot().getChildren()).extracting(i -> i.getValue().label())
                .containsExactly("一、" + year + "年法治政府建设主要举措和成效", "二、" + year + "年法治政府建设存在的不足和原因",
                        "三、" + (year + 1) + "年法治政府建设工作安排");
        assertThat(fixture.session.report().problemPart()).isPresent();
        assertThat(fixture.session.store().list()).hasSize(2);
    }

    @Test
    void openDatabaseAsksForAFileAndRecentDatabasesAreListed(FxRobot robot) {
        Path other = folder.resolve("另一个.db");
        fixture.dialogs.answer(other);
        robot.clickOn("文件").clickOn("打开数据库…");
        FxSettle.settle();
        assertThat(fixture.opened).containsExactly(other);

        robot.clickOn("文件").moveTo("最近打开的数据库").clickOn(fixture.database.toAbsolutePath().toString());
        FxSettle.settle();
        assertThat(fixture.opened).containsExactly(other, fixture.database.toAbsolutePath());
    }

    @Test
    void ctrlSSaysItIsSaved(FxRobot robot) {
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("已保存");
    }

    @SuppressWarnings("unchecked")
    private static void edit(FxRobot robot, String columnId, int row, String text) {
        TableView<ProblemItem> table = robot.lookup("#" + ProblemsPane.TABLE_ID).queryAs(TableView.class);
        var column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.edit(row, (TableColumn<ProblemItem, ?>) column);
        });
        FxSettle.settle();
        TextField field = robot.lookup("." + ValidatedTextCell.EDITOR_STYLE).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        robot.clickOn(field).type(KeyCode.ENTER);
        FxSettle.settle();
    }
}
