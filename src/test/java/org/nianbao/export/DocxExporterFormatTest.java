package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Date;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The rules of FORMAT.md that the XML decides, read back from an exported file with POI. */
class DocxExporterFormatTest {

    @TempDir
    Path dir;

    @Test
    void pageIsA4WithTheOfficialMarginsAndAGridOf22Lines() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            CTSectPr sect = out.doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(sect.getPgMar().getTop().toString()).isEqualTo("2098");
            assertThat(sect.getPgMar().getBottom().toString()).isEqualTo("1984");
            assertThat(sect.getPgMar().getLeft().toString()).isEqualTo("1588");
            assertThat(sect.getPgMar().getRight().toString()).isEqualTo("1474");
            assertThat(sect.getDocGrid().getType().toString()).isEqualTo("lines");
            assertThat(sect.getDocGrid().getLinePitch().intValue()).isEqualTo(579);
            // every line of text is exactly one grid line high, condensed to 28 characters a line
            assertThat(out.paragraphProperty(GongwenStyle.BODY, p -> p.getSpacing()).getLine().toString())
                    .isEqualTo("579");
            assertThat(out.paragraphProperty(GongwenStyle.BODY, p -> p.getSpacing()).getLineRule().toString())
                    .isEqualTo("exact");
            String condensed = out.runProperty(GongwenStyle.BODY,
                    r -> r.sizeOfSpacingArray() == 0 ? null : r.getSpacingArray(0).getVal().toString());
            assertThat(condensed).isEqualTo("-5");
            assertThat(out.paragraphProperty(GongwenStyle.NORMAL, p -> p.getWidowControl()).getVal().toString())
                    .isIn("0", "false", "off");
        }
    }

    @Test
    void stylesNameTheOfficialFontsForChineseTextAndTheSizes() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            assertThat(out.eastAsiaFont(GongwenStyle.TITLE)).isEqualTo("方正小标宋简体");
            assertThat(out.size(GongwenStyle.TITLE)).isEqualTo("44");
            assertThat(out.eastAsiaFont(GongwenStyle.BODY)).isEqualTo("仿宋_GB2312");
            assertThat(out.asciiFont(GongwenStyle.BODY)).isEqualTo("Times New Roman");
            assertThat(out.size(GongwenStyle.BODY)).isEqualTo("32");
            assertThat(out.size(GongwenStyle.NORMAL)).isEqualTo("32");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_1)).isEqualTo("黑体");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2)).isEqualTo("楷体_GB2312");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_3)).isEqualTo("仿宋_GB2312");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_4)).isEqualTo("仿宋_GB2312");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2_CHAR)).isEqualTo("楷体_GB2312");
            assertThat(out.eastAsiaFont(GongwenStyle.ATTACHMENT_LABEL)).isEqualTo("黑体");
            assertThat(out.eastAsiaFont(GongwenStyle.PAGE_NUMBER_ODD)).isEqualTo("宋体");
            assertThat(out.asciiFont(GongwenStyle.PAGE_NUMBER_ODD)).isEqualTo("宋体");
            assertThat(out.size(GongwenStyle.PAGE_NUMBER_EVEN)).isEqualTo("28");
            for (GongwenStyle style : GongwenStyle.values()) {
                assertThat(out.eastAsiaFont(style)).as(style.styleName()).isNotBlank();
                String cs = out.runProperty(style, r -> r.sizeOfRFontsArray() == 0 ? null : r.getRFontsArray(0).getCs());
                assertThat(cs).as(style.styleName()).isNotBlank();
            }
            assertThat(out.bold(GongwenStyle.HEADING_2)).isFalse();
        }
    }

    @Test
    void bodyParagraphsIndentTwoCharactersAndAreJustified() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            var ind = out.paragraphProperty(GongwenStyle.BODY, p -> p.getInd());
            assertThat(ind.getFirstLineChars().intValue()).isEqualTo(200);
            assertThat(ind.getFirstLine().toString()).isEqualTo("640");
            assertThat(out.paragraphProperty(GongwenStyle.BODY, p -> p.getJc()).getVal().toString()).isEqualTo("both");
            XWPFParagraph preamble = out.paragraphStarting("2020年，示例区坚持依法行政");
            assertThat(out.styleName(preamble)).isEqualTo("公文正文");
        }
    }

    @Test
    void headingsAreNumberedFromTheirPositionAndCarryOutlineLevels() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            assertThat(out.texts()).contains("一、主要举措和成效", "（二）规范行政执法", "1.严格执法程序",
                    "（1）落实公示制度", "二、存在的不足和原因", "三、下一年度工作安排");
            assertThat(out.styleName(out.paragraphStarting("一、主要举措和成效"))).isEqualTo("公文一级标题");
            assertThat(out.styleName(out.paragraphStarting("1.严格执法程序"))).isEqualTo("公文三级标题");
            for (int level = 1; level <= 4; level++) {
                int l = level;
                assertThat(out.paragraphProperty(GongwenStyle.heading(level), p -> p.getOutlineLvl()).getVal().intValue())
                        .isEqualTo(l - 1);
                assertThat(out.paragraphProperty(GongwenStyle.runIn(level), p -> p.getOutlineLvl()).getVal().intValue())
                        .isEqualTo(l - 1);
            }
        }
    }

    @Test
    void runInHeadingKeepsTheHeadingFontForTheHeadingSentenceOnly() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            XWPFParagraph p = out.paragraph("（一）提高政治站位，落实法治责任。");
            assertThat(out.styleName(p)).isEqualTo("公文二级段首标题");
            XWPFRun heading = p.getRuns().get(0);
            assertThat(heading.text()).isEqualTo("（一）提高政治站位，落实法治责任。");
            assertThat(out.doc.getStyles().getStyle(heading.getStyle()).getName()).isEqualTo("公文二级标题字符");
            // the body continues on the heading's line (style separator) in the body font
            p = out.paragraphs().get(out.paragraphs().indexOf(p) + 1);
            assertThat(out.styleName(p)).isEqualTo("公文正文");
            assertThat(p.getRuns().get(0).getStyle()).isEmpty();
            assertThat(p.getText()).contains("受理行政复议案件68件，办结55件");
        }
    }

    @Test
    void problemListRunsOnFromAParagraphEndingWithAColon() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            assertThat(out.texts()).contains(
                    "对照要求，我区法治政府建设还存在一些不足：一是法治宣传的针对性不强；二是执法人员素质有待提高。");
        }
    }

    @Test
    void problemListCanPrintOneParagraphAnItem() throws Exception {
        Report report = ExportFixtures.small();
        report = report.withSettings(ExportFixtures.withLayout(report.settings(), ProblemLayout.ONE_PER_PARAGRAPH, false));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.texts()).containsSubsequence("对照要求，我区法治政府建设还存在一些不足：",
                    "一是法治宣传的针对性不强。", "二是执法人员素质有待提高。");
        }
    }

    @Test
    void boldHeadingsSettingMakesLevelTwoAndThreeHeadingStylesBold() throws Exception {
        Report report = ExportFixtures.small();
        report = report.withSettings(ExportFixtures.withLayout(report.settings(), ProblemLayout.INLINE, true));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.bold(GongwenStyle.HEADING_2)).isTrue();
            assertThat(out.bold(GongwenStyle.HEADING_3)).isTrue();
            assertThat(out.bold(GongwenStyle.HEADING_2_CHAR)).isTrue();
            assertThat(out.bold(GongwenStyle.HEADING_1)).isFalse();
            assertThat(out.bold(GongwenStyle.BODY)).isFalse();
        }
    }

    @Test
    void attachmentNoteNumbersSeveralAttachmentsWithoutClosingPunctuation() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            assertThat(out.texts()).containsSubsequence("附件：1.示例区2020年度行政执法统计表",
                    "\t2.示例区2020年度行政复议案件情况", "示例区人民政府", "2021年1月30日", "附件1");
            XWPFParagraph label = out.paragraphStarting("附件1");
            assertThat(out.styleName(label)).isEqualTo("公文附件标识");
            Object pageBreak = out.paragraphProperty(GongwenStyle.ATTACHMENT_LABEL, p -> p.getPageBreakBefore());
            assertThat(pageBreak).isNotNull();
            int at = out.paragraphs().indexOf(label);
            // 附件N on the first line, the title on the third
            assertThat(out.paragraphs().get(at + 1).getText()).isEmpty();
            assertThat(out.paragraphs().get(at + 2).getText()).isEqualTo("示例区2020年度行政执法统计表");
            assertThat(out.texts()).contains("附件2");
        }
    }

    @Test
    void unsealedDateKeepsTwoCharactersFromTheRightWithTheIssuerCentredOnIt() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            XWPFParagraph issuer = out.paragraph("示例区人民政府");
            XWPFParagraph date = out.paragraph("2021年1月30日");
            assertThat(out.styleName(issuer)).isEqualTo("公文发文机关署名");
            // 7 characters of name, 6.5 of date: shifted 2 characters the date would reach the right
            // edge, so it is 2 characters in and the name is centred on it
            assertThat(date.getCTP().getPPr().getInd().getRight().toString()).isEqualTo("640");
            assertThat(issuer.getCTP().getPPr().getInd().getRight().toString()).isEqualTo(String.valueOf(640 - 160 / 2));
            int before = out.paragraphs().indexOf(issuer) - 1;
            assertThat(out.paragraphs().get(before).getText()).isEmpty();
        }
    }

    @Test
    void sealedLayoutPutsTheDateFourCharactersIn() throws Exception {
        Report report = ExportFixtures.small();
        report = report.withSettings(report.settings().withSealed(true));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            XWPFParagraph date = out.paragraphStarting("2021年1月30日");
            assertThat(date.getCTP().getPPr().getInd().getRight().toString()).isEqualTo("1280");
        }
    }

    @Test
    void footersPrintThePageFieldBetweenDashesOddRightEvenLeft() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            assertThat(out.doc.getSettings().getCTSettings().getEvenAndOddHeaders()).isNotNull();
            var policy = out.doc.getHeaderFooterPolicy();
            XWPFFooter odd = policy.getDefaultFooter();
            XWPFFooter even = policy.getEvenPageFooter();
            assertThat(odd).isNotNull();
            assertThat(even).isNotNull();
            for (XWPFFooter footer : new XWPFFooter[] {odd, even}) {
                XWPFParagraph p = footer.getParagraphs().get(0);
                assertThat(p.getText()).startsWith("\u2014 ").endsWith(" \u2014");
                assertThat(p.getCTP().xmlText()).contains("fldCharType=\"begin\"").contains(" PAGE ");
            }
            assertThat(out.styleName(odd.getParagraphs().get(0))).isEqualTo("公文页码奇数页");
            assertThat(out.styleName(even.getParagraphs().get(0))).isEqualTo("公文页码偶数页");
            assertThat(out.paragraphProperty(GongwenStyle.PAGE_NUMBER_ODD, p -> p.getJc()).getVal().toString())
                    .isEqualTo("right");
            assertThat(out.paragraphProperty(GongwenStyle.PAGE_NUMBER_ODD, p -> p.getInd()).getRight().toString())
                    .isEqualTo("280");
            assertThat(out.paragraphProperty(GongwenStyle.PAGE_NUMBER_EVEN, p -> p.getJc()).getVal().toString())
                    .isEqualTo("left");
            assertThat(out.paragraphProperty(GongwenStyle.PAGE_NUMBER_EVEN, p -> p.getInd()).getLeft().toString())
                    .isEqualTo("280");
        }
    }

    @Test
    void documentPropertiesNameTitleCreatorDateAndChinese() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            var core = out.doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("示例区人民政府关于2020年度法治政府建设工作情况的报告");
            assertThat(core.getCreator()).isEqualTo("示例区人民政府");
            assertThat(core.getCreated()).isEqualTo(Date.from(ExportedDocx.NOW));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("zh-CN");
            String styles = out.doc.getStyle().xmlText();
            assertThat(styles).contains("w:eastAsia=\"zh-CN\"");
        }
    }

    @Test
    void longTitleWrapsBetweenWordsInOneCentredParagraph() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            XWPFParagraph title = out.paragraphs().get(0);
            assertThat(out.styleName(title)).isEqualTo("公文标题");
            assertThat(title.getText()).isEqualTo("示例区人民政府关于2020年度\n法治政府建设工作情况的报告");
            assertThat(out.paragraphProperty(GongwenStyle.TITLE, p -> p.getJc()).getVal().toString()).isEqualTo("center");
            assertThat(out.texts().get(2)).isEqualTo("示例市人民政府：");
        }
    }
}
