package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 100-page report (about 66,000 characters) opens as one document that draws only what is in view. */
class DocumentScrollTest extends WindowTest {

    static final int PARTS = 20;
    static final int SUBSECTIONS = 5;
    static final int PARAGRAPHS = 6;

    @Start
    void start(Stage stage) {
        openShared(stage, first -> {
            first.tab = "tab-document";
            first.seed = hundredPages();
        });
    }

    /** 20 parts of five sub-sections of six paragraphs of about 110 characters: 22 × 28 characters a page. */
    static Report hundredPages() {
        List<Section> parts = new ArrayList<>();
        for (int i = 1; i <= PARTS; i++) {
            List<Section> children = new ArrayList<>();
            for (int c = 1; c <= SUBSECTIONS; c++) {
                String[] body = new String[PARAGRAPHS];
                for (int p = 0; p < PARAGRAPHS; p++) {
                    body[p] = ("第" + i + "部分第" + c + "小节第" + (p + 1) + "段：全年受理行政复议案件40件，审结36件，依法推进三项制度。")
                            .repeat(2) + "落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。";
                }
                children.add(Fixtures.section("工作事项" + c, body));
            }
            parts.add(Fixtures.section("第" + i + "方面工作").withChildren(children));
        }
        return Fixtures.smallReport().withSections(parts);
    }

    @Test
    void aHundredPageReportScrollsToItsEndDrawingOnlyTheParagraphsInView(FxRobot robot) {
        DocumentArea area = fixture.window.document().area();
        int total = area.getParagraphs().size();
        assertThat(total).isGreaterThan(PARTS * SUBSECTIONS * (PARAGRAPHS + 1));
        assertThat(area.getLength()).isGreaterThan(60_000);
        assertThat(area.getVisibleParagraphs().size()).as("drawn at a time").isLessThan(60);

        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(area.allParToVisibleParIndex(total - 1)).as("the date, at the end, is in view").isPresent();
        assertThat(area.getVisibleParagraphs().size()).isLessThan(60);

        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(area.allParToVisibleParIndex(0)).isPresent();
    }

    @Test
    void typingFarDownTheDocumentIsStoredInItsPart(FxRobot robot) {
        DocumentArea area = fixture.window.document().area();
        int target = 0;
        while (!area.getParagraph(target).getText().startsWith("第18部分第3小节第6段")) {
            target++;
        }
        int at = target;
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at, area.getParagraph(at).length());
            area.requestFollowCaret();
        });
        robot.write("完");
        FxSettle.settle();

        assertThat(fixture.reload().sections().get(17).children().get(2).paragraphs().get(PARAGRAPHS - 1).text())
                .endsWith("审核制度。完");
    }

    @Test
    void aParagraphAddedAboveTheViewElsewhereLeavesTheTextInViewWhereItWas(FxRobot robot) {
        DocumentArea area = fixture.window.document().area();
        robot.interact(() -> area.showParagraphAtTop(300));
        FxSettle.settle();
        String top = area.getParagraph(area.firstVisibleParToAllParIndex()).getText();

        robot.interact(() -> fixture.session.editFields(r -> r.withPreamble(java.util.List.of(
                new org.nianbao.model.Paragraph("现将有关情况报告如下。"), new org.nianbao.model.Paragraph("一年来，我区依法行政。")))));
        FxSettle.settle();

        assertThat(area.getParagraph(1).getText()).isEqualTo("现将有关情况报告如下。");
        assertThat(area.getParagraph(area.firstVisibleParToAllParIndex()).getText()).isEqualTo(top);
    }

    /**
     * Find far down the report shows the match with lines above and below it (seen under Xvfb: following
     * the caret alone left each match on the view's last line).
     */
    @Test
    void aMatchFarDownIsShownInTheMiddleOfTheViewNotOnItsEdge(FxRobot robot) {
        DocumentArea area = fixture.window.document().area();
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("第12部分第4小节第5段").type(KeyCode.ENTER);
        FxSettle.settle();
        FxSettle.settle();

        assertThat(area.getSelectedText()).isEqualTo("第12部分第4小节第5段");
        // the view settles over a pulse or two; without the centring the match stays on the last line
        java.util.function.BooleanSupplier inTheMiddle = () -> area.getCaretBounds().map(caret -> {
            javafx.geometry.Bounds view = area.localToScreen(area.getBoundsInLocal());
            double y = (caret.getMinY() + caret.getMaxY()) / 2;
            return y >= view.getMinY() + view.getHeight() / 4 && y <= view.getMaxY() - view.getHeight() / 4;
        }).orElse(false);
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> inTheMiddle.getAsBoolean());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the match's line is not within the middle half of the view: "
                    + area.getCaretBounds() + " in " + area.localToScreen(area.getBoundsInLocal()), e);
        }
    }
}
