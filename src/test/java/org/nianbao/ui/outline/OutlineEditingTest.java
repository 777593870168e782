package org.nianbao.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Section;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class OutlineEditingTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void addedSectionTakesTheNextNumberAndLaterPartsRenumber(FxRobot robot) {
        robot.clickOn(label("一、2023年法治政府建设主要成效"));
        robot.clickOn("#outline-add");
        FxSettle.settle();

        assertThat(labels()).startsWith("一、2023年法治政府建设主要成效", "（一）强化组织领导",
                "（二）化解矛盾纠纷", "二、新标题", "三、存在的不足", "四、2024年工作安排");
        assertThat(storedHeadings()).containsExactly("2023年法治政府建设主要成效", "新标题", "存在的不足",
                "2024年工作安排");
    }

    @Test
    void movingDemotingAndPromotingRenumberTheOutline(FxRobot robot) {
        robot.clickOn(label("四、", "三、2024年工作安排"));
        robot.clickOn("#outline-up");
        FxSettle.settle();
        assertThat(topLabels()).containsExactly("一、2023年法治政府建设主要成效", "二、2024年工作安排", "三、存在的不足");

        robot.clickOn("#outline-demote");
        FxSettle.settle();
        assertThat(labels()).containsSubsequence("（三）2024年工作安排", "1.深化依法行政", "二、存在的不足");
        assertThat(fixture.session.report().sections().get(0).children()).hasSize(3);

        robot.clickOn("#outline-promote");
        FxSettle.settle();
        assertThat(topLabels()).containsExactly("一、2023年法治政府建设主要成效", "二、2024年工作安排", "三、存在的不足");
        assertThat(storedHeadings()).containsExactly("2023年法治政府建设主要成效", "2024年工作安排", "存在的不足");
    }

    @Test
    void deletedSectionComesBackWithUndoAndGoesAgainWithRedo(FxRobot robot) {
        robot.clickOn(label("（一）强化组织领导"));
        robot.clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(labels()).containsSubsequence("一、2023年法治政府建设主要成效", "（一）化解矛盾纠纷", "二、存在的不足");
        assertThat(fixture.session.report().sections().get(0).children()).hasSize(1);

        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(labels()).containsSubsequence("（一）强化组织领导", "（二）化解矛盾纠纷");
        Section restored = storedSections().get(0).children().get(0);
        assertThat(restored.heading()).isEqualTo("强化组织领导");
        assertThat(restored.paragraphs().get(0).text()).isEqualTo("区政府常务会议专题研究法治政府建设工作4次。");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(labels()).containsSubsequence("一、2023年法治政府建设主要成效", "（一）化解矛盾纠纷");
        assertThat(storedSections().get(0).children()).extracting(Section::heading).containsExactly("化解矛盾纠纷");
    }

    @Test
    void deletingASectionWithSubSectionsAsksFirstAndKeepsItWhenTheOfficerSaysNo(FxRobot robot) {
        fixture.dialogs.confirmAnswer = false;
        robot.clickOn(label("一、2023年法治政府建设主要成效"));
        robot.clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(fixture.dialogs.lastConfirmation).contains("2023年法治政府建设主要成效").contains("2 个下级标题");
        assertThat(storedHeadings()).contains("2023年法治政府建设主要成效");

        fixture.dialogs.confirmAnswer = true;
        robot.clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(storedHeadings()).doesNotContain("2023年法治政府建设主要成效");
    }

    @Test
    void aSectionWithoutSubSectionsGoesWithoutAQuestion(FxRobot robot) {
        fixture.dialogs.confirmAnswer = false;
        robot.clickOn(label("二、存在的不足"));
        robot.clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(fixture.dialogs.lastConfirmation).isNull();
        assertThat(storedHeadings()).doesNotContain("存在的不足");
    }

    @Test
    void theEditMenuUndoesADeleteToo(FxRobot robot) {
        robot.clickOn(label("二、存在的不足"));
        robot.clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(topLabels()).containsExactly("一、2023年法治政府建设主要成效", "二、2024年工作安排");

        robot.clickOn("编辑").clickOn("撤销（Ctrl+Z）");
        FxSettle.settle();
        assertThat(topLabels()).containsExactly("一、2023年法治政府建设主要成效", "二、存在的不足", "三、2024年工作安排");
        assertThat(fixture.reload().sections().get(1).role()).isEqualTo(org.nianbao.model.SectionRole.PROBLEMS);
    }

    @Test
    void wordsOutlineKeysMoveAndDemote(FxRobot robot) {
        robot.clickOn(label("三、2024年工作安排"));
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        FxSettle.settle();
        assertThat(topLabels()).containsExactly("一、2023年法治政府建设主要成效", "二、2024年工作安排", "三、存在的不足");

        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.ALT);
        FxSettle.settle();
        assertThat(labels()).containsSubsequence("（三）2024年工作安排", "二、存在的不足");
        assertThat(storedSections().get(0).children()).hasSize(3);
    }

    @Test
    void renameShowsInTheDocumentAndIsUndone(FxRobot robot) {
        robot.clickOn(label("（一）强化组织领导"));
        robot.interact(() -> fixture.window.outlineModel().rename(List.of(0, 0), "加强组织领导"));
        FxSettle.settle();
        assertThat(fixture.window.document().area().getParagraph(3).getText()).isEqualTo("加强组织领导");
        assertThat(labels()).contains("（一）加强组织领导");

        robot.interact(() -> fixture.window.outlineModel().undo());
        FxSettle.settle();
        assertThat(fixture.window.document().area().getParagraph(3).getText()).isEqualTo("强化组织领导");
        assertThat(storedSections().get(0).children().get(0).heading()).isEqualTo("强化组织领导");
    }

    @Test
    void theRenameButtonAsksThroughTheDialogServiceAndACancelChangesNothing(FxRobot robot) {
        robot.clickOn(label("（一）强化组织领导"));
        robot.clickOn("#outline-rename"); // nothing queued: the officer cancelled
        FxSettle.settle();
        assertThat(fixture.dialogs.asked).containsExactly("重命名标题（F2）：标题：");
        assertThat(labels()).contains("（一）强化组织领导");

        fixture.dialogs.answerText("  加强组织领导 ");
        robot.clickOn("#outline-rename");
        FxSettle.settle();
        assertThat(labels()).contains("（一）加强组织领导");
        assertThat(storedSections().get(0).children().get(0).heading()).isEqualTo("加强组织领导");
    }

    @Test
    void demotingBelowTheFourthLevelIsRefusedWithTheReason(FxRobot robot) {
        robot.clickOn(label("（二）化解矛盾纠纷"));
        robot.interact(() -> {
            OutlineModel model = fixture.window.outlineModel();
            model.addChild(List.of(0, 1), "三级");
            model.addChild(List.of(0, 1, 0), "四级");
            model.addAfter(List.of(0, 1, 0, 0), "另一个四级");
        });
        robot.clickOn(label("（2）另一个四级"));
        robot.clickOn("#outline-demote");
        FxSettle.settle();

        assertThat(labels()).contains("（2）另一个四级");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("最多四级");
    }

    private static java.util.function.Predicate<javafx.scene.Node> label(String... texts) {
        return node -> node instanceof javafx.scene.control.TreeCell<?> cell && cell.getText() != null
                && List.of(texts).contains(cell.getText());
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>();
        collect(fixture.window.outline().tree().getRoot(), out, Integer.MAX_VALUE);
        return out;
    }

    private List<String> topLabels() {
        List<String> out = new ArrayList<>();
        collect(fixture.window.outline().tree().getRoot(), out, 1);
        return out;
    }

    private static void collect(TreeItem<OutlineNode> item, List<String> out, int depth) {
        for (TreeItem<OutlineNode> child : item.getChildren()) {
            out.add(child.getValue().label());
            if (depth > 1) {
                collect(child, out, depth - 1);
            }
        }
    }

    private List<Section> storedSections() {
        return fixture.reload().sections();
    }

    private List<String> storedHeadings() {
        return storedSections().stream().map(Section::heading).toList();
    }
}
