package org.nianbao.export;

import org.nianbao.text.TitleLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.HeaderBlock;
import org.nianbao.model.Report;

/** The issuer mark stays on one line whatever the name; a heading never ends a page (issue 15). */
class IssuerMarkAndHeadingsTest {

    @TempDir
    Path dir;

    /** The report with the header block printing this mark. */
    static Report withMark(Report report, String mark) {
        var s = ExportFixtures.withHeaderAndEnd(report.settings(), false);
        HeaderBlock h = s.header();
        return report.withSettings(new org.nianbao.model.ExportSettings(s.templatePath(), s.sealed(), s.problemLayout(),
                s.boldHeadings(), true, new HeaderBlock(mark, h.documentNumber(), h.signer(), false), s.endEnabled(),
                s.end(), s.fontScheme()));
    }

    /** Width of the mark's line in twips at its run's size and character scale. */
    private static double width(String mark, XWPFRun run) {
        double halfPoints = run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfSzArray() > 0
                ? ((java.math.BigInteger) run.getCTR().getRPr().getSzArray(0).getVal()).doubleValue()
                : OfficialFormat.SIZE_ISSUER_MARK;
        double scale = run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfWArray() > 0
                ? Double.parseDouble(run.getCTR().getRPr().getWArray(0).xgetVal().getStringValue().replace("%", ""))
                : 100;
        return TitleLines.width(mark) / 2.0 * halfPoints * 10 * scale / 100;
    }

    @Test
    void aLongIssuerMarkIsCondensedToOneLineAShortOneIsLeftAlone() throws Exception {
        String[] marks = {"示例区人民政府文件", "中共河源市源城区委员会文件", "中共河源市源城区委员会河源市源城区人民政府文件"};
        for (String mark : marks) {
            try (ExportedDocx out = ExportedDocx.export(withMark(ExportFixtures.small(), mark), dir)) {
                var paragraph = out.paragraphs().get(0);
                assertThat(paragraph.getText()).isEqualTo(mark);
                assertThat(paragraph.getRuns()).hasSize(1);
                XWPFRun run = paragraph.getRuns().get(0);
                assertThat(width(mark, run)).as(mark).isLessThanOrEqualTo(OfficialFormat.TEXT_WIDTH);
                if (mark.length() <= 10) {
                    assertThat(run.getCTR().getRPr()).as(mark).isNull(); // the style's 42 pt, unscaled
                } else {
                    // condensed, but never narrower than the typeface allows
                    assertThat(IssuerMarkFit.of(mark).scalePercent()).isBetween(IssuerMarkFit.MIN_SCALE, 99);
                }
            }
        }
        assertThat(IssuerMarkFit.of("中共河源市源城区委员会文件")).isEqualTo(new IssuerMarkFit(79, 84));
        // a very long joint mark is condensed to the limit and set smaller as well
        IssuerMarkFit joint = IssuerMarkFit.of("中共河源市源城区委员会河源市源城区人民政府文件");
        assertThat(joint.scalePercent()).isEqualTo(IssuerMarkFit.MIN_SCALE);
        assertThat(joint.halfPoints()).isLessThan(OfficialFormat.SIZE_ISSUER_MARK);
    }

    @Test
    void everyStandaloneHeadingKeepsWithTheParagraphAfterIt() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            for (int level = 1; level <= 4; level++) {
                assertThat(out.paragraphProperty(GongwenStyle.heading(level), IssuerMarkAndHeadingsTest::keepNext))
                        .as("level " + level).isTrue();
            }
            // body text does not: it may end a page anywhere (22 full lines a page)
            assertThat(out.paragraphProperty(GongwenStyle.BODY, IssuerMarkAndHeadingsTest::keepNext)).isNull();
        }
    }

    private static Boolean keepNext(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral p) {
        return p.getKeepNext() == null ? null : Boolean.TRUE;
    }
}
