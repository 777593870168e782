package org.nianbao.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Metric;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.outline.OutlineNode;
import org.nianbao.ui.tables.MetricsPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ChecksAndTransferTest extends WindowTest {

    /** The document paragraph of 全年受理行政复议案件40件，审结36件，审结率为90%。 */
    private static final int RATE = 6;

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void mismatchEnteredInTheMetricsAppearsIsJumpedToAndClearsWhenFixed(FxRobot robot) {
        fixture.awaitChecks();
        assertThat(fixture.window.checks().count(FindingView.Level.ERROR)).isZero();

        robot.clickOn("#tab-metrics");
        editValue(robot, 1, "30"); // 审结 36 → 30: the text's 审结率90% no longer holds
        fixture.awaitChecks();

        assertThat(fixture.window.checks().count(FindingView.Level.ERROR)).isPositive();
        TreeItem<Object> errors = fixture.window.checksPane().tree().getRoot().getChildren().get(0);
        assertThat(errors.getValue()).isEqualTo(new ChecksPane.Group(FindingView.Level.ERROR,
                (int) fixture.window.checks().count(FindingView.Level.ERROR)));
        FindingView rate = errors.getChildren().stream().map(i -> (FindingView) i.getValue())
                .filter(f -> f.section().equals("一、（二）")).findFirst().orElseThrow();

        robot.clickOn(node -> node instanceof TreeCell<?> c && c.getItem() == rate);
        FxSettle.settle();
        var area = fixture.window.document().area();
        assertThat(fixture.window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-document");
        assertThat(fixture.window.outline().tree().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("（二）化解矛盾纠纷");
        assertThat(area.getSelectedText()).isEqualTo("审结率为90%");
        assertThat(area.getStyleAtPosition(RATE, rate.start() + 1)).contains("figure-mismatch");

        hoverOver(robot, RATE, rate.start() + 1);
        assertThat(fixture.window.document().shownHint()).isEqualTo(rate.message());

        robot.clickOn("#tab-metrics");
        editValue(robot, 1, "36");
        fixture.awaitChecks();
        assertThat(fixture.window.checks().count(FindingView.Level.ERROR)).isZero();
        assertThat(fixture.window.checksPane().tree().getRoot().getChildren())
                .noneMatch(group -> ((ChecksPane.Group) group.getValue()).level() == FindingView.Level.ERROR);
        assertThat(area.getStyleAtPosition(RATE, rate.start() + 1)).contains("figure-verified");
    }

    @Test
    void aMetricReferenceShowsItsCurrentValueAndFollowsTheTable(FxRobot robot) {
        var area = fixture.window.document().area();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(RATE, area.getParagraph(RATE).length());
            area.replaceSelection("\n受理{{受理}}。");
        });
        FxSettle.settle();
        int at = "受理{{".length();

        assertThat(area.getStyleAtPosition(RATE + 1, at + 1)).contains("metric-ref");
        hoverOver(robot, RATE + 1, at);
        assertThat(fixture.window.document().shownHint()).isEqualTo("受理：40件");
        assertThat(fixture.window.document().citedFigures()).isEqualTo("本节引用的指标：受理：40件");
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs().get(1).text()).isEqualTo("受理{{受理}}。");

        robot.clickOn("#tab-metrics");
        editValue(robot, 0, "41");
        assertThat(fixture.window.document().citedFigures()).isEqualTo("本节引用的指标：受理：41件");
    }

    private void hoverOver(FxRobot robot, int paragraph, int column) {
        var area = fixture.window.document().area();
        robot.interact(() -> {
            int charIndex = area.getAbsolutePosition(paragraph, column);
            var bounds = area.getCharacterBoundsOnScreen(charIndex, charIndex + 1).orElseThrow();
            javafx.event.Event.fireEvent(area, org.fxmisc.richtext.event.MouseOverTextEvent.beginAt(
                    new javafx.geometry.Point2D(bounds.getMinX() + 2, bounds.getMinY() + 2), charIndex));
        });
        FxSettle.settle();
    }

    @Test
    void exportWritesAWordFileThatReadsBackAndOffersToOpenIt(FxRobot robot) throws Exception {
        Path target = folder.resolve("导出").resolve("年度报告.docx");
        Files.createDirectories(target.getParent());
        fixture.dialogs.answer(target);

        robot.clickOn("文件").clickOn("导出为 Word…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fixture.window.transfer().busyProperty().get()
                && fixture.window.transfer().exportedProperty().get() != null);
        FxSettle.settle();

        assertThat(fixture.dialogs.lastSuggestedName).isEqualTo("示例区2023年法治政府建设年度报告.docx");
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("示例区2023年法治政府建设年度报告", "一、2023年法治政府建设主要成效",
                    "审结36件");
        }
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("已导出到", "年度报告.docx");
        assertThat(robot.lookup("#open-file").query().isVisible()).isTrue();
        assertThat(robot.lookup("#open-folder").query().isVisible()).isTrue();

        robot.interact(() -> fixture.session.tell("已保存 10:00:00"));
        assertThat(robot.lookup("#open-file").query().isVisible()).as("only beside the message naming the file").isFalse();
        assertThat(robot.lookup("#open-folder").query().isVisible()).isFalse();
    }

    @Test
    void exportToAnUnwritablePlaceSaysWhyInPlainWords(FxRobot robot) throws Exception {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        fixture.dialogs.answer(blocker.resolve("年度报告.docx"));

        robot.clickOn("文件").clickOn("导出为 Word…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.window.transfer().failureProperty().get() != null);
        FxSettle.settle();

        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("未能完成：")
                .doesNotContain("Exception");
        assertThat(robot.lookup("#open-file").query().isVisible()).isFalse();
    }

    @Test
    void exportOverAFileTheUserProtectedLeavesItAndSaysWhy(FxRobot robot) throws Exception {
        Path target = folder.resolve("定稿.docx");
        Files.writeString(target, "the officer's final version");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        fixture.dialogs.answer(target);

        robot.clickOn("文件").clickOn("导出为 Word…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.window.transfer().failureProperty().get() != null);
        FxSettle.settle();

        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("未能完成：").contains("只读");
        assertThat(Files.readString(target)).isEqualTo("the officer's final version");
    }

    @Test
    void importedTextFileBecomesTheShownReport(FxRobot robot) throws Exception {
        Path text = folder.resolve("示例区2023年报告.txt");
        Files.writeString(text, Fixtures.SMALL_REPORT_TEXT, StandardCharsets.UTF_8);
        fixture.dialogs.answer(text);

        robot.clickOn("文件").clickOn("导入（.txt/.docx）…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.session.report().id() != fixture.stored.id().longValue());
        FxSettle.settle();

        assertThat(fixture.window.outline().tree().getRoot().getChildren()).extracting(i -> i.getValue().label())
                .containsExactly("一、主要成效", "二、存在的不足", "三、下一步工作安排");
        assertThat(fixture.session.store().list()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static void editValue(FxRobot robot, int row, String text) {
        TableView<Metric> table = robot.lookup("#" + MetricsPane.TABLE_ID).queryAs(TableView.class);
        var column = table.getColumns().stream().filter(c -> "metrics-value".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.edit(row, (javafx.scene.control.TableColumn<Metric, ?>) column);
        });
        FxSettle.settle();
        robot.eraseText(4).write(text).type(KeyCode.ENTER);
        FxSettle.settle();
    }
}
