package org.nianbao.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Section;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.Start;

/** Drag and drop in the outline: a row's upper edge, lower edge and middle. */
class OutlineDragTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void droppingOnTheLowerEdgeOfARowPutsTheSectionAfterIt(FxRobot robot) {
        drag(robot, "（一）强化组织领导", "（一）深化依法行政", Pos.BOTTOM_CENTER, -2);

        List<Section> parts = fixture.reload().sections();
        assertThat(parts.get(0).children()).extracting(Section::heading).containsExactly("化解矛盾纠纷");
        assertThat(parts.get(2).children()).extracting(Section::heading).containsExactly("深化依法行政", "强化组织领导");
    }

    @Test
    void droppingOnTheUpperEdgeOfARowPutsTheSectionBeforeIt(FxRobot robot) {
        drag(robot, "（一）强化组织领导", "（一）深化依法行政", Pos.TOP_CENTER, 2);

        assertThat(labels(robot)).containsSubsequence("三、2024年工作安排", "（一）强化组织领导", "（二）深化依法行政");
        List<Section> parts = fixture.reload().sections();
        assertThat(parts.get(2).children()).extracting(Section::heading).containsExactly("强化组织领导", "深化依法行政");
    }

    @Test
    void droppingOnTheMiddleOfARowMakesTheSectionItsLastChildAndUndoPutsItBack(FxRobot robot) {
        drag(robot, "二、存在的不足", "（二）化解矛盾纠纷", Pos.CENTER, 0);

        assertThat(labels(robot)).containsSubsequence("（二）化解矛盾纠纷", "1.存在的不足", "二、2024年工作安排");
        List<Section> parts = fixture.reload().sections();
        assertThat(parts).extracting(Section::heading).containsExactly("2023年法治政府建设主要成效", "2024年工作安排");
        assertThat(parts.get(0).children().get(1).children()).extracting(Section::heading).containsExactly("存在的不足");

        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.reload().sections()).extracting(Section::heading)
                .containsExactly("2023年法治政府建设主要成效", "存在的不足", "2024年工作安排");
        assertThat(labels(robot)).contains("二、存在的不足", "三、2024年工作安排");
    }

    @Test
    void droppingIntoARowIsRefusedPastTheFourthLevel(FxRobot robot) {
        robot.interact(() -> fixture.window.outlineModel().addChild(List.of(0, 1), "三级"));
        drag(robot, "三、2024年工作安排", "1.三级", Pos.CENTER, 0);

        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("最多四级");
        assertThat(fixture.reload().sections()).extracting(Section::heading).contains("2024年工作安排");
    }

    @Test
    void droppingASectionIntoItsOwnSubsectionIsRefused(FxRobot robot) {
        drag(robot, "一、2023年法治政府建设主要成效", "（一）强化组织领导", Pos.CENTER, 0);

        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("自己的下级");
        assertThat(fixture.reload().sections().get(0).children()).extracting(Section::heading)
                .containsExactly("强化组织领导", "化解矛盾纠纷");
    }

    @Test
    void theRowUnderTheMouseShowsWhereTheSectionWouldGo(FxRobot robot) {
        Node target = cell(robot, "（一）深化依法行政");
        robot.drag(cell(robot, "（一）强化组织领导"));
        robot.moveTo(target, Pos.TOP_CENTER, new Point2D(0, 2), Motion.DIRECT);
        FxSettle.settle();
        assertThat(marks(target)).containsExactly("drop-before");
        robot.moveTo(target, Pos.CENTER, Point2D.ZERO, Motion.DIRECT);
        FxSettle.settle();
        assertThat(marks(target)).containsExactly("drop-inside");
        robot.moveTo(target, Pos.BOTTOM_CENTER, new Point2D(0, -2), Motion.DIRECT).drop();
        FxSettle.settle();
        assertThat(robot.lookup(node -> !marks(node).isEmpty()).queryAll()).isEmpty();
    }

    private static List<String> marks(Node node) {
        return node.getPseudoClassStates().stream().map(javafx.css.PseudoClass::getPseudoClassName)
                .filter(n -> n.startsWith("drop-")).toList();
    }

    /** Drags one row onto a point of another: {@code dy} pixels down from {@code pos}. */
    private static void drag(FxRobot robot, String from, String to, Pos pos, double dy) {
        robot.drag(cell(robot, from));
        robot.moveTo(cell(robot, to), pos, new Point2D(0, dy), Motion.DIRECT).drop();
        FxSettle.settle();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof TreeCell<?> c && text.equals(c.getText())).query();
    }

    private List<String> labels(FxRobot robot) {
        List<String> out = new java.util.ArrayList<>();
        collect(fixture.window.outline().tree().getRoot(), out);
        return out;
    }

    private static void collect(javafx.scene.control.TreeItem<OutlineNode> item, List<String> out) {
        for (var child : item.getChildren()) {
            out.add(child.getValue().label());
            collect(child, out);
        }
    }
}
