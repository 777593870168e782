package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;

class HeaderAndEndBlockTest {

    @TempDir
    Path dir;

    @Test
    void headerAndEndBlocksAreOffByDefault() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            assertThat(out.styleName(out.paragraphs().get(0))).isEqualTo("公文标题");
            assertThat(out.doc.getTables()).isEmpty();
        }
    }

    @Test
    void headerBlockPrintsTheRedMarkTheNumberWithSignerAndTheRedLine() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.withEverything(ExportFixtures.small()), dir)) {
            XWPFParagraph mark = out.paragraphs().get(0);
            assertThat(mark.getText()).isEqualTo("示例区人民政府文件");
            assertThat(out.styleName(mark)).isEqualTo("公文发文机关标志");
            String color = out.runProperty(GongwenStyle.ISSUER_MARK,
                    r -> r.sizeOfColorArray() == 0 ? null : r.getColorArray(0).xgetVal().getStringValue());
            assertThat(color).isEqualToIgnoringCase("FF0000");
            assertThat(out.paragraphProperty(GongwenStyle.ISSUER_MARK, p -> p.getSpacing()).getBefore().toString())
                    .isEqualTo(String.valueOf(OfficialFormat.mm(35)));
            // two blank lines, then the number normalised to 〔2021〕3号 with 签发人 on the right
            assertThat(out.paragraphs().get(1).getText()).isEmpty();
            assertThat(out.paragraphs().get(2).getText()).isEmpty();
            XWPFParagraph number = out.paragraphs().get(3);
            assertThat(number.getText()).isEqualTo("示政〔2021〕3号\t签发人：张三");
            assertThat(out.doc.getStyles().getStyle(number.getRuns().get(1).getStyle()).getName())
                    .isEqualTo("公文签发人姓名");
            assertThat(out.eastAsiaFont(GongwenStyle.SIGNER_NAME)).isEqualTo("楷体_GB2312");
            XWPFParagraph line = out.paragraphs().get(4);
            assertThat(out.styleName(line)).isEqualTo("公文红色分隔线");
            var border = out.paragraphProperty(GongwenStyle.SEPARATOR, p -> p.getPBdr()).getBottom();
            assertThat(border.xgetColor().getStringValue()).isEqualToIgnoringCase("FF0000");
            assertThat(out.paragraphs().get(7).getText()).startsWith("示例区人民政府关于");
        }
    }

    @Test
    void headerWithoutAMarkUsesTheLeadIssuer() throws Exception {
        Report report = ExportFixtures.small();
        report = report.withSettings(report.settings().withHeaderEnabled(true));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.paragraphs().get(0).getText()).isEqualTo("示例区人民政府文件");
        }
    }

    @Test
    void letterheadPaperLeavesTheMarkAndTheLineBlank() throws Exception {
        Report report = ExportFixtures.small();
        report = report.withSettings(ExportFixtures.withHeaderAndEnd(report.settings(), true));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.paragraphs().get(0).getText()).isEmpty();
            assertThat(out.styleName(out.paragraphs().get(0))).isEqualTo("公文发文机关标志");
            assertThat(out.paragraphs().get(3).getText()).startsWith("示政〔2021〕3号");
            assertThat(out.paragraphs().get(4).getCTP().getPPr().getPBdr().getBottom().getVal().toString())
                    .isEqualTo("nil");
        }
    }

    @Test
    void endBlockHasCopyToAndPrintLineInItsOwnUnnumberedSectionOnAnEvenPage() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.withEverything(ExportFixtures.small()), dir)) {
            XWPFTable table = out.doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("抄送：示例市司法局，示例区人大常委会办公室。");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("示例区人民政府办公室\t2021年2月1日印发");
            String tbl = table.getCTTbl().xmlText();
            assertThat(tbl).contains("w:top w:val=\"single\" w:sz=\"8\"").contains("w:bottom w:val=\"single\" w:sz=\"8\"")
                    .contains("w:insideH w:val=\"single\" w:sz=\"6\"")
                    .contains("w:tblW w:w=\"" + OfficialFormat.TEXT_WIDTH + "\"");
            assertThat(out.styleName(table.getRow(0).getCell(0).getParagraphs().get(0))).isEqualTo("公文抄送机关");
            assertThat(out.size(GongwenStyle.COPY_TO)).isEqualTo("28");

            var last = out.doc.getDocument().getBody().getSectPr();
            assertThat(last.getType().getVal().toString()).isEqualTo("evenPage");
            // the end-block section's footers are empty: that page carries no number
            assertThat(last.getFooterReferenceList()).hasSize(2);
            for (var ref : last.getFooterReferenceList()) {
                var footer = out.doc.getRelationById(ref.getId());
                assertThat(((org.apache.poi.xwpf.usermodel.XWPFFooter) footer).getText()).isBlank();
            }
            // the body's section before it keeps the numbered footers
            long sections = out.paragraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().getSectPr() != null).count();
            assertThat(sections).isEqualTo(1);
        }
    }

    @Test
    void endBlockWithoutCopyToHasOnlyThePrintLine() throws Exception {
        Report report = ExportFixtures.withEverything(ExportFixtures.small());
        var s = report.settings();
        report = report.withSettings(new org.nianbao.model.ExportSettings(null, false, null, false, false, null, true,
                new org.nianbao.model.EndBlock("", "示例区人民政府办公室", s.end().printDate())));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.doc.getTables().get(0).getRows()).hasSize(1);
        }
    }
}
