package org.nianbao.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.nianbao.text.XmlText;
import org.nianbao.model.BadInputException;
import org.nianbao.text.XmlPackageScan;

/**
 * A Word template read for export: its parts, its styles by name, and what the exporter keeps of its
 * main document (the root element with its namespaces, and the page setup of the body, w:sectPr).
 * Immutable once read.
 */
final class TemplatePackage {

    static final String MAIN_PART = "word/document.xml";
    /** A template is a few hundred KB; far above that is the wrong file. */
    static final long MAX_TEMPLATE_BYTES = 50L * 1024 * 1024;
    static final String STYLES_PART = "word/styles.xml";
    private static final Pattern STYLE = Pattern.compile("<(\\w+:)?style\\b([^>]*)>(.*?)</(\\w+:)?style>",
            Pattern.DOTALL);
    private static final Pattern STYLE_ID = Pattern.compile("\\bstyleId=\"([^\"]*)\"");
    private static final Pattern STYLE_TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");
    private static final Pattern STYLE_NAME = Pattern.compile("<(\\w+:)?name\\s[^>]*?val=\"([^\"]*)\"");
    private static final Pattern ROOT = Pattern.compile("<(?:(\\w+):)?document\\b[^>]*>");

    record StyleRef(String id, String type) {
    }

    private final String source;
    private final Map<String, byte[]> parts;
    private final Map<String, StyleRef> stylesByName;
    private final String prefix;
    private final String rootStartTag;
    private final String bodySectionProperties;

    private TemplatePackage(String source, Map<String, byte[]> parts) {
        this.source = source;
        this.parts = Collections.unmodifiableMap(parts);
        byte[] main = parts.get(MAIN_PART);
        byte[] styles = parts.get(STYLES_PART);
        if (main == null || styles == null) {
            throw refused("缺少正文或样式部分（" + (main == null ? MAIN_PART : STYLES_PART) + "）",
                    "it has no " + (main == null ? MAIN_PART : STYLES_PART));
        }
        this.stylesByName = readStyles(new String(styles, StandardCharsets.UTF_8));
        String document = new String(main, StandardCharsets.UTF_8);
        Matcher root = ROOT.matcher(document);
        if (!root.find()) {
            throw refused("正文部分不是 Word 文档", "word/document.xml has no w:document element");
        }
        this.prefix = root.group(1) == null ? "" : root.group(1) + ":";
        this.rootStartTag = root.group();
        this.bodySectionProperties = findBodySectionProperties(document, prefix);
    }

    static TemplatePackage read(byte[] bytes, String source) {
        requireHarmless(bytes, source);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (ZipException e) {
            throw refusedFile(source, e);
        } catch (IOException e) {
            throw refusedFile(source, e);
        }
        if (parts.isEmpty()) {
            throw refusedFile(source, null);
        }
        return new TemplatePackage(source, parts);
    }

    static TemplatePackage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("找不到模板文件：" + file,
                    "template not found: " + file);
        }
        try {
            if (Files.size(file) > MAX_TEMPLATE_BYTES) {
                throw new BadInputException("模板文件过大（超过 " + MAX_TEMPLATE_BYTES / (1024 * 1024) + " MB），请确认选择了正确的文件：" + file,
                        "the template is too large (over " + MAX_TEMPLATE_BYTES + " bytes): " + file);
            }
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new BadInputException("无法读取模板文件：" + file, "cannot read the template " + file, e);
        }
    }

    static TemplatePackage read(InputStream in, String source) throws IOException {
        return read(in.readAllBytes(), source);
    }

    /**
     * The same protections as an imported .docx, before any part is read: no DOCTYPE (the template's
     * XML goes into every export), no expansion beyond a bound, no absurd nesting.
     */
    private static void requireHarmless(byte[] bytes, String source) {
        XmlPackageScan scan = XmlPackageScan.of(bytes);
        if (scan.hasDoctype()) {
            throw new BadInputException("模板含有 DOCTYPE 声明（Word 和 WPS 保存的模板中没有这种内容，它常被用来引用外部文件），"
                    + "为安全起见已拒绝。请在 Word 或 WPS 中重新“另存为”.docx：" + source,
                    "the template declares a DOCTYPE, which Word never writes; refused: " + source);
        }
        if (scan.expandsTooFar()) {
            throw new BadInputException("模板解压后超过 " + XmlPackageScan.MAX_EXPANDED_BYTES / (1024 * 1024)
                    + " MB（疑似“压缩炸弹”），为安全起见已拒绝：" + source,
                    "the template expands beyond " + XmlPackageScan.MAX_EXPANDED_BYTES + " bytes (zip bomb suspected): " + source);
        }
        if (scan.nestsTooDeep()) {
            throw new BadInputException("模板的内容嵌套层次过深（超过 " + XmlPackageScan.MAX_DEPTH + " 层），无法使用：" + source,
                    "the template nests its elements too deeply: " + source);
        }
        if (scan.unreadable()) {
            throw refusedFile(source, null);
        }
    }

    private static BadInputException refusedFile(String source, Exception cause) {
        return new BadInputException("模板文件不是有效的 Word 文档（.docx）：" + source,
                "the template is not a Word document (.docx): " + source, cause);
    }

    private BadInputException refused(String chinese, String english) {
        return new BadInputException("模板不可用（" + source + "）：" + chinese,
                "unusable template " + source + ": " + english);
    }

    private static Map<String, StyleRef> readStyles(String xml) {
        Map<String, StyleRef> out = new LinkedHashMap<>();
        Matcher m = STYLE.matcher(xml);
        while (m.find()) {
            Matcher id = STYLE_ID.matcher(m.group(2));
            Matcher type = STYLE_TYPE.matcher(m.group(2));
            Matcher name = STYLE_NAME.matcher(m.group(3));
            if (id.find() && name.find()) {
                out.putIfAbsent(XmlText.unescape(name.group(2)),
                        new StyleRef(XmlText.unescape(id.group(1)), type.find() ? type.group(1) : "paragraph"));
            }
        }
        return out;
    }

    /** The body's own w:sectPr: its last child (a nested sectPr of a change record is skipped). */
    private String findBodySectionProperties(String document, String p) {
        int bodyEnd = document.lastIndexOf("</" + p + "body>");
        String open = "<" + p + "sectPr";
        String close = "</" + p + "sectPr>";
        int closeAt = bodyEnd < 0 ? -1 : document.lastIndexOf(close, bodyEnd);
        int end = closeAt + close.length();
        if (closeAt < 0 || !document.substring(end, bodyEnd).isBlank()) {
            throw refused("缺少页面设置（正文末尾的 sectPr）", "the body has no section properties (w:sectPr)");
        }
        int depth = 1;
        int at = closeAt;
        while (depth > 0) {
            int prevOpen = lastTag(document, open, at);
            int prevClose = document.lastIndexOf(close, at - 1);
            if (prevOpen < 0) {
                throw refused("页面设置（sectPr）不完整", "malformed w:sectPr");
            }
            if (prevClose > prevOpen) {
                depth++;
                at = prevClose;
            } else {
                if (document.charAt(document.indexOf('>', prevOpen) - 1) != '/') {
                    depth--;
                }
                at = prevOpen;
            }
        }
        return document.substring(at, end);
    }

    /** The last "<p:sectPr" before {@code before} that is that element, not a longer name. */
    private static int lastTag(String document, String open, int before) {
        int at = document.lastIndexOf(open, before - 1);
        while (at >= 0) {
            char next = document.charAt(at + open.length());
            if (next == ' ' || next == '>' || next == '/') {
                return at;
            }
            at = document.lastIndexOf(open, at - 1);
        }
        return -1;
    }

    /** Refuses the template when a style the export writes is missing, naming every one. */
    void requireStyles(Set<GongwenStyle> needed) {
        List<String> missing = new ArrayList<>();
        for (GongwenStyle style : needed) {
            StyleRef ref = stylesByName.get(style.styleName());
            String type = style.kind() == GongwenStyle.Kind.PARAGRAPH ? "paragraph" : "character";
            if (ref == null || !ref.type().equals(type)) {
                missing.add(style.styleName());
            }
        }
        if (!missing.isEmpty()) {
            throw refused("缺少样式 " + String.join("、", missing),
                    "missing styles " + String.join(", ", missing));
        }
    }

    /** The template's id of a style, looked up by the style's name. */
    String styleId(GongwenStyle style) {
        StyleRef ref = stylesByName.get(style.styleName());
        return ref == null ? style.id() : ref.id();
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    String source() {
        return source;
    }

    /** The namespace prefix of WordprocessingML in the main part, with its colon ("w:"). */
    String prefix() {
        return prefix;
    }

    String rootStartTag() {
        return rootStartTag;
    }

    String bodySectionProperties() {
        return bodySectionProperties;
    }
}
