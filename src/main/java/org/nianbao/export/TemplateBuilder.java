package org.nianbao.export;

import org.nianbao.text.TitleLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.export.xml.RunProperties;
import org.nianbao.export.xml.WordRuns;

/**
 * Builds the official-format Word template {@code templates/gongwen.docx} from the numbers in
 * {@link OfficialFormat}. The body shows one sample paragraph in each style, so an office that opens
 * the template in Word or WPS sees what it changes; the exporter clears it.
 *
 * <p>Run {@code main} after changing a number and check the file in; a test fails while the
 * checked-in template differs from what this builds.
 */
public final class TemplateBuilder {

    /** Where the template lives in the project and, under the same name, on the classpath. */
    public static final String TEMPLATE_FILE = "templates/gongwen.docx";

    /** Fixed entry times keep the bytes of the template the same from one build to the next. */
    private static final long ENTRY_TIME = 1_600_000_000_000L;

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : TEMPLATE_FILE);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, new TemplateBuilder().build());
        System.out.println("wrote " + target.toAbsolutePath());
    }

    /** The template's parts by name, in the order they are stored. */
    Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", TemplateParts.contentTypes());
        parts.put("_rels/.rels", TemplateParts.packageRelationships());
        parts.put("docProps/core.xml", TemplateParts.coreProperties("公文模板（GB/T 9704-2012）", "Nianbao", null, "zh-CN"));
        parts.put("docProps/app.xml", TemplateParts.appProperties());
        parts.put("word/document.xml", sampleDocument());
        parts.put("word/_rels/document.xml.rels", TemplateParts.documentRelationships());
        parts.put("word/styles.xml", TemplateStyles.xml());
        parts.put("word/settings.xml", TemplateParts.settings());
        parts.put("word/fontTable.xml", TemplateParts.fontTable());
        parts.put("word/footer1.xml", TemplateParts.pageNumberFooter(GongwenStyle.PAGE_NUMBER_ODD));
        parts.put("word/footer2.xml", TemplateParts.pageNumberFooter(GongwenStyle.PAGE_NUMBER_EVEN));
        return parts;
    }

    public byte[] build() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts().entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sampleDocument() {
        StringBuilder sb = new StringBuilder(8192);
        sb.append(TemplateParts.XML_DECLARATION).append("<w:document xmlns:w=\"").append(TemplateParts.NS_MAIN)
                .append("\" xmlns:r=\"").append(TemplateParts.NS_REL).append("\"><w:body>");
        sample(sb, GongwenStyle.TITLE, String.join("\n",
                TitleLines.split("示例区人民政府关于2020年度法治政府建设工作情况的报告", OfficialFormat.TITLE_CHARS_PER_LINE)));
        sample(sb, GongwenStyle.BODY, "");
        sample(sb, GongwenStyle.RECIPIENT, "示例市人民政府：");
        sample(sb, GongwenStyle.BODY, "2020年，示例区坚持以“依法行政”为主线，扎实推进法治政府建设。现将有关情况报告如下：");
        sample(sb, GongwenStyle.HEADING_1, "一、主要举措和成效");
        // a run-in heading as the export writes it: the heading sentence ends in Word's style separator
        sb.append("<w:p>");
        new ParagraphProperties().style(GongwenStyle.RUN_IN_2.id()).mark(new RunProperties().styleSeparator())
                .appendTo(sb);
        WordRuns.appendRun(sb, "（一）健全制度体系，夯实法治基础。", GongwenStyle.HEADING_2_CHAR.id());
        sb.append("</w:p>");
        sample(sb, GongwenStyle.BODY, "段首标题的标题句用标题字体，其后的正文用正文字体，在同一行接排。");
        sample(sb, GongwenStyle.HEADING_2, "（二）规范行政执法");
        sample(sb, GongwenStyle.HEADING_3, "1.严格执法程序");
        sample(sb, GongwenStyle.HEADING_4, "（1）落实执法公示制度");
        sample(sb, GongwenStyle.BODY, "正文每段首行缩进2字，两端对齐，每面22行，每行28字。");
        sample(sb, GongwenStyle.BODY, "");
        sample(sb, GongwenStyle.ATTACHMENT_NOTE, "附件：1.示例区2020年度行政执法统计表");
        sample(sb, GongwenStyle.ATTACHMENT_NOTE, "\t2.示例区2020年度行政复议案件情况");
        sample(sb, GongwenStyle.BODY, "");
        sample(sb, GongwenStyle.ISSUER, "示例区人民政府");
        sample(sb, GongwenStyle.DATE, "2021年1月30日");
        sb.append(TemplateParts.sectionProperties()).append("</w:body></w:document>");
        return sb.toString();
    }

    private static void sample(StringBuilder sb, GongwenStyle style, String text) {
        WordRuns.appendParagraph(sb, style.id(), text);
    }
}
