package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The whole report as one document: typing, Enter in a heading, input methods, refusals, undo, outline. */
class DocumentViewTest extends WindowTest {

    private static final String RATE = "全年受理行政复议案件40件，审结36件，审结率为90%。";

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void theWholeReportShowsInReadingOrderWithLiveNumbers(FxRobot robot) {
        DocumentArea area = area();
        assertThat(area.getParagraph(0).getText()).isEqualTo("示例区2023年法治政府建设年度报告");
        assertThat(area.getParagraph(area.getParagraphs().size() - 1).getText()).isEqualTo("2024年2月6日");
        assertThat(area.block(5).number()).isEqualTo("（二）");
        assertThat(area.getParagraph(5).getText()).isEqualTo("化解矛盾纠纷");
    }

    @Test
    void typingInAParagraphIsStoredInItsSection(FxRobot robot) {
        caretAt(robot, 6, RATE.length());
        robot.write("另有4件在审。");
        FxSettle.settle();

        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly(RATE + "另有4件在审。");
    }

    @Test
    void enterAtTheEndOfAHeadingStartsItsBody(FxRobot robot) {
        caretAt(robot, 7, "存在的不足".length());
        robot.type(KeyCode.ENTER).write("总体来看，");
        FxSettle.settle();

        assertThat(area().block(8)).isEqualTo(Block.body(area().block(7).section()));
        Report stored = fixture.reload();
        assertThat(stored.sections().get(1).heading()).isEqualTo("存在的不足");
        assertThat(stored.sections().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly("总体来看，", "对照要求，我区法治政府建设仍有差距，主要表现在：");
    }

    @Test
    void aHeadingIsEditedInPlaceAndTheOutlineFollows(FxRobot robot) {
        caretAt(robot, 5, 0);
        robot.write("依法");
        FxSettle.settle();

        assertThat(fixture.reload().sections().get(0).children().get(1).heading()).isEqualTo("依法化解矛盾纠纷");
        assertThat(fixture.window.outline().tree().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("（二）依法化解矛盾纠纷");
    }

    @Test
    void textCommittedByAnInputMethodLandsInTheDocumentAndIsStored(FxRobot robot) {
        caretAt(robot, 4, "区政府常务会议专题研究法治政府建设工作4次。".length());
        robot.interact(() -> {
            javafx.event.Event.fireEvent(area(), new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    List.of(new javafx.scene.input.InputMethodTextRun("fazhi",
                            javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)), "", 5));
            javafx.event.Event.fireEvent(area(), new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "法治", 0));
        });
        FxSettle.settle();

        assertThat(area().getParagraph(4).getText()).isEqualTo("区政府常务会议专题研究法治政府建设工作4次。法治");
        assertThat(fixture.reload().sections().get(0).children().get(0).paragraphs().get(0).text())
                .isEqualTo("区政府常务会议专题研究法治政府建设工作4次。法治");
    }

    @Test
    void backspaceAtTheStartOfABodyNeverJoinsItToItsHeadingAndSaysWhy(FxRobot robot) {
        caretAt(robot, 6, 0);
        robot.type(KeyCode.BACK_SPACE);
        FxSettle.settle();

        assertThat(area().getParagraph(5).getText()).isEqualTo("化解矛盾纠纷");
        assertThat(area().getParagraph(6).getText()).isEqualTo(RATE);
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("不能合并");
    }

    @Test
    void theProblemListShowsWhereItStandsButIsEditedInItsTab(FxRobot robot) {
        caretAt(robot, 9, 2);
        robot.write("新");
        FxSettle.settle();

        assertThat(area().getParagraph(9).getText()).isEqualTo("一是执法人员培训覆盖面不够广");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("问题清单");
    }

    @Test
    void undoGoesBackAcrossSectionsInTheOrderTheEditsWereMade(FxRobot robot) {
        caretAt(robot, 4, 0);
        robot.write("一");
        caretAt(robot, 13, 0);
        robot.write("二");
        FxSettle.settle();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        Report once = fixture.reload();
        assertThat(once.sections().get(2).children().get(0).paragraphs().get(0).text()).isEqualTo("继续推进行政执法三项制度。");
        assertThat(once.sections().get(0).children().get(0).paragraphs().get(0).text()).startsWith("一区政府");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.reload().sections().get(0).children().get(0).paragraphs().get(0).text()).startsWith("区政府");
    }

    @Test
    void aClickInTheOutlineScrollsTheDocumentThereAndTheOutlineFollowsTheCaret(FxRobot robot) {
        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.TreeCell<?> c
                && "三、2024年工作安排".equals(c.getText()));
        FxSettle.settle();
        assertThat(area().getCurrentParagraph()).isEqualTo(11);

        caretAt(robot, 6, 3);
        assertThat(fixture.window.outline().tree().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("（二）化解矛盾纠纷");
    }

    @Test
    void figuresAreMarkedByTheirCheckAndTheMarkStaysOnTheFigureWhileTyping(FxRobot robot) {
        fixture.awaitChecks();
        int rate = RATE.indexOf("90%");
        assertThat(area().getStyleAtPosition(6, rate + 1)).contains("figure-verified");

        caretAt(robot, 6, 0);
        robot.write("经统计，");
        FxSettle.settle();
        assertThat(area().getStyleAtPosition(6, "经统计，".length() + rate + 1)).contains("figure-verified");
        assertThat(area().getStyleAtPosition(6, 1)).isEmpty();
    }

    @Test
    void replaceAllChangesTheWholeReportHeadingsIncludedAndOneUndoTakesItBack(FxRobot robot) {
        robot.interact(area()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#" + org.nianbao.ui.document.DocumentFindBar.FIND_ID).write("法治政府建设");
        assertThat(robot.lookup("#document-find-result").queryLabeled().getText()).isEqualTo("共 4 处");
        robot.clickOn("#" + org.nianbao.ui.document.DocumentFindBar.REPLACE_ID).write("法治建设");
        robot.clickOn("#document-replace-all");
        FxSettle.settle();

        Report replaced = fixture.reload();
        assertThat(replaced.title()).isEqualTo("示例区2023年法治建设年度报告");
        assertThat(replaced.sections().get(0).heading()).isEqualTo("2023年法治建设主要成效");
        assertThat(replaced.sections().get(0).children().get(0).paragraphs().get(0).text())
                .isEqualTo("区政府常务会议专题研究法治建设工作4次。");
        assertThat(replaced.sections().get(1).paragraphs().get(0).text()).startsWith("对照要求，我区法治建设");
        assertThat(area().block(2).kind()).isEqualTo(Block.Kind.HEADING);

        robot.interact(area()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        Report back = fixture.reload();
        assertThat(back.title()).isEqualTo("示例区2023年法治政府建设年度报告");
        assertThat(back.sections().get(0).heading()).isEqualTo("2023年法治政府建设主要成效");
        assertThat(back.sections().get(1).paragraphs().get(0).text()).startsWith("对照要求，我区法治政府建设");
        assertThat(area().block(2)).isEqualTo(Block.heading(back.sections().get(0).id(), 1, "一、"));
        assertThat(area().getUndoManager().isUndoAvailable()).as("one step took it all back").isFalse();
    }

    @Test
    void replaceAllOfWordsThatStartTheTitleAHeadingAndAParagraphKeepsEachWhereItWasAndUndoToo(FxRobot robot) {
        List<Block> blocks = blocks();
        robot.interact(area()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#" + org.nianbao.ui.document.DocumentFindBar.FIND_ID).write("示例区");
        robot.clickOn("#" + org.nianbao.ui.document.DocumentFindBar.REPLACE_ID).write("样板区");
        robot.clickOn("#document-replace-all");
        assertThat(robot.lookup("#document-find-result").queryLabeled().getText())
                .as("the issuers are changed in the settings, and the officer is told").isEqualTo("已替换 2 处，另 2 处在落款中");
        robot.doubleClickOn("#" + org.nianbao.ui.document.DocumentFindBar.FIND_ID).write("2023年");
        robot.doubleClickOn("#" + org.nianbao.ui.document.DocumentFindBar.REPLACE_ID).write("本年度");
        robot.clickOn("#document-replace-all");
        FxSettle.settle();

        // the title starts with 示例区, the first heading and the preamble with 2023年
        Report replaced = fixture.reload();
        assertThat(replaced.title()).isEqualTo("样板区本年度法治政府建设年度报告");
        assertThat(replaced.preamble()).extracting(Paragraph::text).containsExactly("本年度，样板区坚持依法行政。现将有关情况报告如下：");
        assertThat(replaced.sections().get(0).heading()).isEqualTo("本年度法治政府建设主要成效");
        assertThat(blocks()).as("every paragraph keeps its block").isEqualTo(blocks);

        robot.interact(area()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        Report back = fixture.reload();
        assertThat(back.title()).isEqualTo("示例区2023年法治政府建设年度报告");
        assertThat(back.preamble()).extracting(Paragraph::text).containsExactly("2023年，示例区坚持依法行政。现将有关情况报告如下：");
        assertThat(back.sections().get(0).heading()).isEqualTo("2023年法治政府建设主要成效");
        assertThat(blocks()).isEqualTo(blocks);
    }

    private List<Block> blocks() {
        List<Block> out = new java.util.ArrayList<>();
        for (int p = 0; p < area().getParagraphs().size(); p++) {
            out.add(area().block(p));
        }
        return out;
    }

    @Test
    void enterInTheDocumentsFindFieldFindsTheNextMatchAndNeverTypesIntoTheText(FxRobot robot) {
        String before = area().getText();
        robot.interact(area()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("审结").type(KeyCode.ENTER);
        FxSettle.settle();
        int first = area().getSelection().getStart();
        robot.type(KeyCode.ENTER);
        FxSettle.settle();

        assertThat(area().getSelectedText()).isEqualTo("审结");
        assertThat(area().getSelection().getStart()).isEqualTo(first + "审结36件，".length());
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        FxSettle.settle();
        assertThat(area().getSelection().getStart()).isEqualTo(first);
        assertThat(area().getText()).isEqualTo(before);
    }

    @Test
    void altShiftUpMovesTheSectionUnderTheCaretAndItsNumberFollows(FxRobot robot) {
        caretAt(robot, 6, 3);
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        FxSettle.settle();

        assertThat(fixture.reload().sections().get(0).children()).extracting(org.nianbao.model.Section::heading)
                .containsExactly("化解矛盾纠纷", "强化组织领导");
        assertThat(area().getParagraph(3).getText()).isEqualTo("化解矛盾纠纷");
        assertThat(area().block(3).number()).isEqualTo("（一）");
        assertThat(area().getCurrentParagraph()).isEqualTo(3);
    }

    @Test
    void materialAddedToTheCaretsSectionLandsAtItsEndIsStoredAndOneUndoTakesItBack(FxRobot robot) {
        caretAt(robot, 5, 2);
        robot.interact(() -> fixture.window.document().addParagraph("另有4件在审。"));
        FxSettle.settle();

        assertThat(area().getParagraph(7).getText()).isEqualTo("另有4件在审。");
        assertThat(area().block(7)).isEqualTo(Block.body(area().block(5).section()));
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly(RATE, "另有4件在审。");

        robot.interact(area()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly(RATE);
    }

    @Test
    void theTextsMenuMakesTheCaretsHeadingARunInHeadingWithoutTouchingTheText(FxRobot robot) {
        caretAt(robot, 8, 2); // 存在的不足: a heading on its own line
        robot.write("新");
        FxSettle.settle();
        // Monocle's popups take no robot clicks: the item is chosen as a click would.
        robot.interact(() -> {
            var menu = area().getContextMenu();
            menu.show(area(), javafx.geometry.Side.TOP, 40, 40);
            menu.getItems().stream().filter(i -> "document-run-in".equals(i.getId())).findFirst().orElseThrow().fire();
            menu.hide();
        });
        FxSettle.settle();

        assertThat(fixture.reload().sections().get(1).style()).isEqualTo(org.nianbao.model.HeadingStyle.RUN_IN);
        assertThat(area().getUndoManager().isUndoAvailable()).as("the typing can still be undone").isTrue();
    }

    @Test
    void aDoubleClickOnAProblemOrAnAttachmentGoesToItInItsTabAndOnTheDateOpensTheSettings(FxRobot robot) {
        doubleClickOn(robot, 10); // the second problem
        assertThat(fixture.window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-problems");
        assertThat(fixture.window.problems().table().getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.clickOn("#tab-document");
        doubleClickOn(robot, 15); // the first attachment's body
        assertThat(fixture.window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-attachments");
        assertThat(fixture.window.attachments().list().getSelectionModel().getSelectedIndex()).isZero();

        robot.clickOn("#tab-document");
        doubleClickOn(robot, area().getParagraphs().size() - 1); // the date
        assertThat(robot.lookup("#settings-title").tryQuery()).as("the report settings are open").isPresent();
        robot.clickOn("取消");
    }

    private void doubleClickOn(FxRobot robot, int paragraph) {
        FxSettle.settle();
        robot.interact(() -> area().showParagraphAtCenter(paragraph));
        java.util.concurrent.atomic.AtomicReference<javafx.geometry.Bounds> at = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> at.set(area().getCharacterBoundsOnScreen(area().getAbsolutePosition(paragraph, 1),
                area().getAbsolutePosition(paragraph, 2)).orElseThrow()));
        robot.doubleClickOn(new javafx.geometry.Point2D(at.get().getCenterX(), at.get().getCenterY()));
        FxSettle.settle();
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    private void caretAt(FxRobot robot, int paragraph, int column) {
        new DocumentKeys(robot, fixture).caretAt(paragraph, column);
    }
}
