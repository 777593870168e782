package org.nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word files written with POI for the import tests: made-up 示例区 reports. */
public final class DocxFixtures {

    private DocxFixtures() {
    }

    /**
     * Headings carried by styles only, numbered automatically as Word does (so no 一、 in the text):
     * a Title, heading styles the way a Chinese Word names them (ids "1", "2", name "heading 1"),
     * a custom style with an outline level, a paragraph with its own outline level, and the
     * issuers side by side in a table.
     */
    public static Path styledReport(Path dir) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(style("Title", "Title", -1, null));
            styles.addStyle(style("1", "heading 1", -1, null));
            styles.addStyle(style("2", "标题 2", -1, null));
            styles.addStyle(style("MyLevel3", "我的三级标题", 2, null));
            styles.addStyle(style("MyLevel3Bold", "我的三级标题加粗", -1, "MyLevel3"));
            paragraph(doc, "示例区2023年法治政府建设年度报告", "Title");
            paragraph(doc, "2023年，示例区法治政府建设取得新成效。现将有关情况报告如下：", null);
            paragraph(doc, "2023年法治政府建设主要成效", "1");
            paragraph(doc, "完善依法决策机制", "2");
            paragraph(doc, "全年审查重大行政决策事项12项。", null);
            paragraph(doc, "规范决策程序", "MyLevel3");
            paragraph(doc, "修订决策程序规定2项。", null);
            XWPFParagraph level4 = paragraph(doc, "明确听证范围", null);
            ppr(level4).addNewOutlineLvl().setVal(BigInteger.valueOf(3));
            paragraph(doc, "强化合法性审查", "MyLevel3Bold");
            paragraph(doc, "（二）深化执法改革", "2");
            paragraph(doc, "受理执法投诉46件，办结44件，办结率为95.65%。", null);
            paragraph(doc, "存在的不足", "1");
            paragraph(doc, "主要表现在：一是审查力量不足；二是培训覆盖面不广。", null);
            paragraph(doc, "下一步工作安排", "1");
            paragraph(doc, "1.加强审查力量。这一行是正文，因为 Word 没有给它标题样式，而它的编号在二级标题之外。", null);
            XWPFTable issuers = doc.createTable(1, 2);
            issuers.getRow(0).getCell(0).setText("示例区委员会");
            issuers.getRow(0).getCell(1).setText("示例区人民政府");
            paragraph(doc, "2024年1月15日", null);
            return save(doc, dir.resolve("styled.docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same kind of report typed without any heading style: only the text markers tell. */
    public static Path markedReport(Path dir) {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "示例区2022年法治政府建设年度报告", null);
            paragraph(doc, "2022年，示例区扎实推进法治政府建设。现将有关情况报告如下：", null);
            paragraph(doc, "一、主要成效", null);
            paragraph(doc, "(一)强化组织领导。区政府常务会议专题研究法治工作5次。", null);
            paragraph(doc, "（二）推进严格执法", null);
            paragraph(doc, "1.开展案卷评查。评查案卷120卷。", null);
            paragraph(doc, "（1）重点领域评查。评查食品安全案卷40卷。", null);
            paragraph(doc, "二、存在问题和困难", null);
            paragraph(doc, "一是执法装备不足；二是基层力量薄弱。", null);
            paragraph(doc, "三、下一步工作计划", null);
            paragraph(doc, "（一）加强执法保障。更新执法装备。", null);
            // a content control, as templates use for fill-in parts; POI sees it when reading the file
            doc.getDocument().getBody().addNewSdt().addNewSdtContent().addNewP().addNewR().addNewT()
                    .setStringValue("（二）加强队伍建设。补充执法人员3名。");
            XWPFParagraph end = paragraph(doc, "示例区人民政府", null);
            end.createRun().addBreak();
            end.createRun().setText("2023年1月30日");
            return save(doc, dir.resolve("marked.docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headings numbered by Word's list formats (一、 and （一）) and a bulleted list in the prose. */
    public static Path autoNumberedReport(Path dir) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
            outline.setAbstractNumId(BigInteger.ONE);
            level(outline, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(outline, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(outline, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger outlineId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outline)));
            CTAbstractNum bullets = CTAbstractNum.Factory.newInstance();
            bullets.setAbstractNumId(BigInteger.TWO);
            level(bullets, 0, STNumberFormat.BULLET, "●");
            BigInteger bulletId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bullets)));
            paragraph(doc, "2023年，示例区推进法治政府建设。现将有关情况报告如下：", null);
            numbered(doc, "主要成效", outlineId, 0);
            numbered(doc, "完善决策机制。审查决策事项12项。", outlineId, 1);
            numbered(doc, "规范程序", outlineId, 2);
            numbered(doc, "修订规定2项。", bulletId, 0);
            numbered(doc, "（二）加强执法监督。评查案卷60卷。", outlineId, 1);
            numbered(doc, "存在问题", outlineId, 0);
            paragraph(doc, "一是力量不足；二是培训不够。", null);
            return save(doc, dir.resolve("numbered.docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void level(CTAbstractNum num, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = num.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument doc, String text, BigInteger numId, int ilvl) {
        XWPFParagraph p = paragraph(doc, text, null);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
    }

    /**
     * A report as it comes back from review: a tracked insertion and deletion, a comment and a
     * footnote in the first paragraph of part one.
     */
    public static Path reviewedReport(Path dir) {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "一、主要成效", null);
            XWPFParagraph p = paragraph(doc, "全年受理案件", null);
            var inserted = p.getCTP().addNewIns();
            inserted.setId(BigInteger.ONE);
            inserted.setAuthor("审核人");
            inserted.addNewR().addNewT().setStringValue("68");
            var deleted = p.getCTP().addNewDel();
            deleted.setId(BigInteger.TWO);
            deleted.setAuthor("审核人");
            deleted.addNewR().addNewDelText().setStringValue("86");
            XWPFComment comment = doc.createComments().createComment(BigInteger.valueOf(3));
            comment.setAuthor("审核人");
            comment.createParagraph().createRun().setText("请核实数字");
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(3));
            p.createRun().setText("件。");
            p.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(3));
            p.getCTP().addNewR().addNewCommentReference().setId(BigInteger.valueOf(3));
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("数据来源：区信访局");
            p.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
            return save(doc, dir.resolve("reviewed.docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static Path save(XWPFDocument doc, Path file) throws IOException {
        return Files.write(file, bytes(doc));
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, String text, String styleId) {
        XWPFParagraph p = doc.createParagraph();
        if (styleId != null) {
            p.setStyle(styleId);
        }
        p.createRun().setText(text);
        return p;
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static XWPFStyle style(String id, String name, int outlineLevel, String basedOn) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        CTString n = ct.addNewName();
        n.setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        if (outlineLevel >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        return new XWPFStyle(ct);
    }
}
