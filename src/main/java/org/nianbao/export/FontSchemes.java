package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.text.XmlText;
import org.nianbao.model.BadInputException;
import org.nianbao.model.FontScheme;

/**
 * 字体方案 applied to the package: the GB2312 faces as the template names them, the faces that ship
 * with Windows in their place, or the office's template untouched. Only the styles name faces (the
 * body is written by style), so the scheme edits the styles part and adds the faces it brings to
 * the font table.
 */
final class FontSchemes {

    static final String FONT_TABLE_PART = "word/fontTable.xml";

    /** Each GB2312 face and the stock Windows face that stands in for it. */
    private static final Map<String, String> WINDOWS_FACES = new LinkedHashMap<>();

    static {
        WINDOWS_FACES.put(FONT_BODY, FONT_BODY_WINDOWS);
        WINDOWS_FACES.put(FONT_HEADING_2, FONT_HEADING_2_WINDOWS);
        WINDOWS_FACES.put(FONT_TITLE, FONT_TITLE_WINDOWS);
    }

    private static final Pattern RFONTS = Pattern.compile("<(\\w+:)?rFonts\\b[^>]*>");

    private FontSchemes() {
    }

    /** Refuses the scheme of the office's own template when no template is named. */
    static void requireTemplate(FontScheme scheme, String templatePath) {
        if (scheme == FontScheme.TEMPLATE && (templatePath == null || templatePath.isBlank())) {
            throw new BadInputException("字体方案为“本单位模板”，但没有指定模板：请在报告设置中选择模板（命令行用 --template），或改用其他字体方案",
                    "the font scheme is the office's template, but no template is given: choose one (--template) or another scheme");
        }
    }

    static void apply(FontScheme scheme, PackageWriter pkg) {
        if (scheme != FontScheme.WINDOWS) {
            return; // the template names the GB2312 faces, or the office's own
        }
        pkg.replace(TemplatePackage.STYLES_PART, windowsFaces(pkg.text(TemplatePackage.STYLES_PART)));
        String fonts = pkg.text(FONT_TABLE_PART);
        if (fonts != null) {
            pkg.replace(FONT_TABLE_PART, withFaces(fonts, WINDOWS_FACES.values().toArray(String[]::new)));
        }
    }

    /** Every face attribute of every w:rFonts that names a GB2312 face names its Windows stand-in. */
    static String windowsFaces(String stylesXml) {
        Matcher m = RFONTS.matcher(stylesXml);
        StringBuilder out = new StringBuilder(stylesXml.length());
        while (m.find()) {
            String element = m.group();
            for (Map.Entry<String, String> face : WINDOWS_FACES.entrySet()) {
                element = element.replace("=\"" + XmlText.escape(face.getKey()) + "\"",
                        "=\"" + XmlText.escape(face.getValue()) + "\"");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(element));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The font table with an entry for each of the faces it lacks. */
    static String withFaces(String fontTableXml, String... faces) {
        Matcher root = Pattern.compile("<(?:(\\w+):)?fonts\\b").matcher(fontTableXml);
        String p = root.find() && root.group(1) != null ? root.group(1) + ":" : "";
        int end = fontTableXml.lastIndexOf("</" + p + "fonts>");
        if (!p.equals("w:") || end < 0) {
            return fontTableXml; // an unusual table is left as it is: Word substitutes by name then
        }
        StringBuilder added = new StringBuilder();
        for (String face : faces) {
            if (!fontTableXml.contains("w:name=\"" + XmlText.escape(face) + "\"")) {
                added.append(FontFace.named(face).xml());
            }
        }
        return fontTableXml.substring(0, end) + added + fontTableXml.substring(end);
    }
}
