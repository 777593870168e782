package org.nianbao.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The save dialog's answer gets its format's extension before anything is written (no FX toolkit). */
class TransferModelTest {

    @Test
    void aNameTypedWithoutExtensionGetsTheDialogsFormat() {
        try (TransferModel model = new TransferModel(null, null)) {
            Path dir = Path.of("导出");
            assertThat(model.withExtension(dir.resolve("2024年报告"), "docx")).isEqualTo(dir.resolve("2024年报告.docx"));
            assertThat(model.withExtension(dir.resolve("报告.PDF"), "pdf")).isEqualTo(dir.resolve("报告.PDF"));
            assertThat(model.withExtension(dir.resolve("报告.docx"), "ofd")).isEqualTo(dir.resolve("报告.docx.ofd"));
        }
    }
}
