package org.nianbao.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Attachment;
import org.nianbao.model.Paragraph;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class AttachmentsTest extends WindowTest {

    private static final String TITLE = "示例区2023年度行政执法数据统计表";
    /** The small report comes with one attachment. */
    private static final String FIRST = "2023年行政复议案件统计表";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void anAttachmentIsThereAfterReopeningTheDatabaseAndGoneAfterItIsDeleted(FxRobot robot) throws Exception {
        addAttachment(robot, TITLE, "行政处罚案件120件。\n行政许可事项300件。");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status").queryLabeled().getText().startsWith("已保存"));

        robot.interact(() -> fixture.session.close());
        WindowFixture reopened = new WindowFixture(folder);
        try {
            robot.interact(() -> reopened.show(stage));
            robot.clickOn("#tab-attachments");
            AttachmentsPane pane = reopened.window.attachments();
            assertThat(pane.list().getItems()).extracting(Attachment::title).containsExactly(FIRST, TITLE);
            robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                    && (2 + ". " + TITLE).equals(c.getText()));
            assertThat(pane.body().getText()).isEqualTo("行政处罚案件120件。\n行政许可事项300件。");
            assertThat(reopened.session.report().attachments().get(1).body())
                    .containsExactly(new Paragraph("行政处罚案件120件。"), new Paragraph("行政许可事项300件。"));

            robot.clickOn("#attachments-delete");
            FxSettle.settle();
            assertThat(pane.list().getItems()).extracting(Attachment::title).containsExactly(FIRST);
            assertThat(reopened.reload().attachments()).extracting(Attachment::title).containsExactly(FIRST);
        } finally {
            reopened.close();
        }
    }

    @Test
    void theWordExportNamesTheAttachmentBelowTheBodyAndPrintsIt(FxRobot robot) throws Exception {
        addAttachment(robot, TITLE, "行政处罚案件120件。");
        Path target = folder.resolve("年度报告.docx");
        fixture.dialogs.answer(target);

        robot.clickOn("文件").clickOn("导出为 Word…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fixture.window.transfer().busyProperty().get()
                && fixture.window.transfer().exportedProperty().get() != null);
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("附件：1." + FIRST, "2." + TITLE, "附件2\n\n" + TITLE, "行政处罚案件120件。");
        }
    }

    @Test
    void attachmentsMoveUpAndARenameIsUndone(FxRobot robot) {
        addAttachment(robot, "甲表", "");
        addAttachment(robot, "乙表", "");
        robot.clickOn("#attachments-up");
        FxSettle.settle();
        assertThat(fixture.reload().attachments()).extracting(Attachment::title).containsExactly(FIRST, "乙表", "甲表");
        assertThat(fixture.window.attachments().list().getSelectionModel().getSelectedItem().title()).isEqualTo("乙表");

        robot.clickOn(fixture.window.attachments().list());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.reload().attachments()).extracting(Attachment::title).containsExactly(FIRST, "甲表", "乙表");
    }

    @Test
    void undoingARenameKeepsTheBodyTypedSince(FxRobot robot) {
        addAttachment(robot, "甲表", "");
        robot.interact(() -> fixture.window.attachments().title().setText("乙表"));
        robot.clickOn("#attachment-title").type(KeyCode.ENTER);
        robot.interact(() -> fixture.window.attachments().body().setText("后来写的一段。"));
        robot.clickOn(fixture.window.attachments().list());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();

        Attachment stored = fixture.reload().attachments().get(1);
        assertThat(stored.title()).isEqualTo("甲表");
        assertThat(stored.body()).containsExactly(new Paragraph("后来写的一段。"));
        assertThat(fixture.window.attachments().title().getText()).isEqualTo("甲表");
        assertThat(fixture.window.attachments().body().getText()).isEqualTo("后来写的一段。");
    }

    @Test
    void aBlankTitleIsRefusedWithTheReason(FxRobot robot) {
        addAttachment(robot, "甲表", "");
        robot.interact(() -> fixture.window.attachments().title().setText(" "));
        robot.clickOn("#attachment-title").type(KeyCode.ENTER);
        FxSettle.settle();
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("附件标题不能为空");
        assertThat(fixture.reload().attachments()).extracting(Attachment::title).containsExactly(FIRST, "甲表");
    }

    @Test
    void aNewAttachmentsTitleIsReadyToBeTypedOver(FxRobot robot) {
        robot.clickOn("#tab-attachments").clickOn("#attachments-add");
        FxSettle.settle();
        AttachmentsPane pane = fixture.window.attachments();
        assertThat(pane.title().isFocused()).isTrue();
        assertThat(pane.title().getSelectedText()).isEqualTo(pane.title().getText()).isNotEmpty();

        robot.write("行政复议案件统计表").type(KeyCode.ENTER);
        FxSettle.settle();
        assertThat(fixture.reload().attachments()).extracting(Attachment::title).endsWith("行政复议案件统计表");
    }

    /** Adds an attachment with the buttons and types its title (Enter) and body. */
    private void addAttachment(FxRobot robot, String title, String body) {
        robot.clickOn("#tab-attachments").clickOn("#attachments-add");
        FxSettle.settle();
        AttachmentsPane pane = fixture.window.attachments();
        robot.interact(() -> pane.title().setText(title));
        robot.clickOn("#attachment-title").type(KeyCode.ENTER);
        robot.interact(() -> pane.body().setText(body));
        robot.clickOn("#attachment-body").type(KeyCode.END);
        FxSettle.settle();
    }
}
