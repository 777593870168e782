package org.nianbao.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.CollectSeed;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.document.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: the departments' material beside the document view (全文); a paragraph dragged into the
 * text lands where it is dropped, as one undo step, stored in its section; part of one is copied.
 */
class MaterialDropTest extends WindowTest {

    static final String MATERIAL = "全年开展行政执法案卷评查2次，评查案卷120卷。";

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(folder);
        CollectSeed.smallReportWithJustice(fixture.database, seeded -> seeded.store().collection().addMaterial(
                seeded.justice().id(), List.of(MATERIAL, "依法化解行政争议。"), "司法局材料.docx",
                LocalDateTime.of(2024, 1, 16, 10, 0)));
        fixture.tab = "tab-document";
        fixture.show(stage);
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    private MaterialPane pane() throws Exception {
        MaterialSide side = fixture.window.materialSide();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> side.pane().list().getItems().size() == 2);
        FxSettle.settle();
        return side.pane();
    }

    /** The screen point just after a text in the document (its last character's right edge). */
    private Point2D after(String text) {
        AtomicReference<Point2D> point = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            int at = area().getText().indexOf(text) + text.length();
            Bounds b = area().getCharacterBoundsOnScreen(at - 1, at).orElseThrow();
            point.set(new Point2D(b.getMaxX() - 1, b.getCenterY()));
        });
        FxSettle.settle();
        return point.get();
    }

    @Test
    void aParagraphDraggedIntoTheTextLandsAtTheDropAsOneUndoStepStoredInItsSection(FxRobot robot) throws Exception {
        MaterialPane pane = pane();
        String target = "区政府常务会议专题研究法治政府建设工作4次。";
        assertThat(area().getText()).contains(target);
        String before = area().getText();

        ListCell<?> cell = robot.lookup("#collect-material .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getText().contains("评查案卷")).queryAs(ListCell.class);
        robot.drag(cell).dropTo(after(target));
        FxSettle.settle();

        assertThat(area().getText()).contains(target + MATERIAL);
        fixture.saveNow();
        assertThat(fixture.reload().outline().get(1).section().paragraphs().get(0).text())
                .as("stored in its section").isEqualTo(target + MATERIAL);

        robot.interact(() -> area().undo());
        assertThat(area().getText()).as("one undo takes the whole drop back").isEqualTo(before);
        fixture.saveNow();
        assertThat(fixture.reload().outline().get(1).section().paragraphs().get(0).text()).isEqualTo(target);
        assertThat(pane.list().getItems()).as("material stays material").hasSize(2);
    }

    @Test
    void aDropOnWhatIsEditedElsewhereIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        pane();
        String before = area().getText();
        ListCell<?> cell = robot.lookup("#collect-material .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getText().contains("评查案卷")).queryAs(ListCell.class);
        robot.drag(cell).dropTo(after("执法人员培训覆盖面不够广")); // the problem list is edited in its own tab
        FxSettle.settle();
        assertThat(area().getText()).isEqualTo(before);
        assertThat(area().getUndoManager().isUndoAvailable()).isFalse();
    }

    @Test
    void partOfAParagraphIsCopied(FxRobot robot) throws Exception {
        MaterialPane pane = pane();
        robot.interact(() -> pane.list().getSelectionModel().select(0));
        TextArea chosen = robot.lookup("#collect-material-text").queryAs(TextArea.class);
        assertThat(chosen.getText()).isEqualTo(MATERIAL);
        robot.interact(() -> chosen.selectRange(0, MATERIAL.indexOf('，')));
        robot.clickOn("#collect-material-copy");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo("全年开展行政执法案卷评查2次");
    }
}
