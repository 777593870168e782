package org.nianbao.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * The named styles of the official-format template. The exporter writes content by style
 * <em>name</em> only (an office may edit the styles in Word or WPS, not rename them); the id is what
 * our own template uses and what a style reference in the XML holds.
 */
public enum GongwenStyle {
    NORMAL("Normal", "Normal", Kind.PARAGRAPH, Use.CORE),
    TITLE("GwTitle", "公文标题", Kind.PARAGRAPH, Use.CORE),
    RECIPIENT("GwRecipient", "公文主送机关", Kind.PARAGRAPH, Use.CORE),
    BODY("GwBody", "公文正文", Kind.PARAGRAPH, Use.CORE),
    HEADING_1("GwHeading1", "公文一级标题", Kind.PARAGRAPH, Use.CORE),
    HEADING_2("GwHeading2", "公文二级标题", Kind.PARAGRAPH, Use.CORE),
    HEADING_3("GwHeading3", "公文三级标题", Kind.PARAGRAPH, Use.CORE),
    HEADING_4("GwHeading4", "公文四级标题", Kind.PARAGRAPH, Use.CORE),
    /** A paragraph opening with a run-in heading (段首标题): body font, the heading's outline level. */
    RUN_IN_1("GwRunIn1", "公文一级段首标题", Kind.PARAGRAPH, Use.CORE),
    RUN_IN_2("GwRunIn2", "公文二级段首标题", Kind.PARAGRAPH, Use.CORE),
    RUN_IN_3("GwRunIn3", "公文三级段首标题", Kind.PARAGRAPH, Use.CORE),
    RUN_IN_4("GwRunIn4", "公文四级段首标题", Kind.PARAGRAPH, Use.CORE),
    /** The heading sentence of a run-in heading, in the heading's font. */
    HEADING_1_CHAR("GwHeading1Char", "公文一级标题字符", Kind.CHARACTER, Use.CORE),
    HEADING_2_CHAR("GwHeading2Char", "公文二级标题字符", Kind.CHARACTER, Use.CORE),
    HEADING_3_CHAR("GwHeading3Char", "公文三级标题字符", Kind.CHARACTER, Use.CORE),
    HEADING_4_CHAR("GwHeading4Char", "公文四级标题字符", Kind.CHARACTER, Use.CORE),
    /** 附件说明 below the body. */
    ATTACHMENT_NOTE("GwAttachmentNote", "公文附件说明", Kind.PARAGRAPH, Use.CORE),
    /** "附件N" in 黑体 on the first line of a new page. */
    ATTACHMENT_LABEL("GwAttachmentLabel", "公文附件标识", Kind.PARAGRAPH, Use.CORE),
    ATTACHMENT_TITLE("GwAttachmentTitle", "公文附件标题", Kind.PARAGRAPH, Use.CORE),
    /** 发文机关署名. */
    ISSUER("GwIssuer", "公文发文机关署名", Kind.PARAGRAPH, Use.CORE),
    /** 成文日期. */
    DATE("GwDate", "公文成文日期", Kind.PARAGRAPH, Use.CORE),
    PAGE_NUMBER_ODD("GwPageNumberOdd", "公文页码奇数页", Kind.PARAGRAPH, Use.FOOTER),
    PAGE_NUMBER_EVEN("GwPageNumberEven", "公文页码偶数页", Kind.PARAGRAPH, Use.FOOTER),
    /** 发文机关标志: the red issuer mark. */
    ISSUER_MARK("GwIssuerMark", "公文发文机关标志", Kind.PARAGRAPH, Use.HEADER),
    /** 发文字号 centred. */
    DOCUMENT_NUMBER("GwDocumentNumber", "公文发文字号", Kind.PARAGRAPH, Use.HEADER),
    /** 发文字号 and 签发人 on one line, for a document sent upward (上行文). */
    DOCUMENT_NUMBER_UPWARD("GwDocumentNumberUpward", "公文发文字号上行文", Kind.PARAGRAPH, Use.HEADER),
    /** The signer's name after "签发人：", in 楷体. */
    SIGNER_NAME("GwSignerName", "公文签发人姓名", Kind.CHARACTER, Use.HEADER),
    SEPARATOR("GwSeparator", "公文红色分隔线", Kind.PARAGRAPH, Use.HEADER),
    /** 抄送 in the end block. */
    COPY_TO("GwCopyTo", "公文抄送机关", Kind.PARAGRAPH, Use.END),
    /** 印发机关 and 印发日期 in the end block. */
    PRINT_LINE("GwPrintLine", "公文印发机关和日期", Kind.PARAGRAPH, Use.END),
    /** The paragraph Word needs after the end-block table, kept 1 pt high. */
    END_TAIL("GwEndTail", "公文版记尾段", Kind.PARAGRAPH, Use.END);

    public enum Kind { PARAGRAPH, CHARACTER }

    /** When the exporter needs the style: always, for the header block, for the end block. */
    public enum Use { CORE, HEADER, END, FOOTER }

    private final String id;
    private final String styleName;
    private final Kind kind;
    private final Use use;

    GongwenStyle(String id, String styleName, Kind kind, Use use) {
        this.id = id;
        this.styleName = styleName;
        this.kind = kind;
        this.use = use;
    }

    public String id() {
        return id;
    }

    public String styleName() {
        return styleName;
    }

    public Kind kind() {
        return kind;
    }

    public Use use() {
        return use;
    }

    public static GongwenStyle heading(int level) {
        return values()[HEADING_1.ordinal() + level - 1];
    }

    public static GongwenStyle runIn(int level) {
        return values()[RUN_IN_1.ordinal() + level - 1];
    }

    public static GongwenStyle headingChar(int level) {
        return values()[HEADING_1_CHAR.ordinal() + level - 1];
    }

    /** The styles an export with these blocks writes. */
    public static Set<GongwenStyle> required(boolean header, boolean end) {
        Set<GongwenStyle> out = EnumSet.noneOf(GongwenStyle.class);
        for (GongwenStyle s : values()) {
            if (s.use == Use.CORE || (header && s.use == Use.HEADER) || (end && s.use == Use.END)) {
                out.add(s);
            }
        }
        return out;
    }
}
