package org.nianbao.export.xml;

import org.nianbao.text.XmlText;

/**
 * The run properties (w:rPr) the template and the exporter write. Whatever order they are set in,
 * they are written in the order of ECMA-376 Part 1 (rStyle, rFonts, b, bCs, vanish, color, spacing,
 * w, sz, szCs, lang, specVanish), because Word may drop children that come out of order.
 */
public final class RunProperties {

    private String style;
    private String font;
    private String latinFont;
    private String hint;
    private boolean bold;
    private String color;
    private Integer spacing;
    private Integer scale;
    private Integer size;
    private boolean language;
    private boolean styleSeparator;

    public RunProperties style(String styleId) {
        this.style = styleId;
        return this;
    }

    /** The font for Chinese text (eastAsia) and, unless {@link #latinFont} says otherwise, for the rest. */
    public RunProperties font(String name) {
        this.font = name;
        return this;
    }

    /** The font for digits and Latin letters (ascii, hAnsi, cs). */
    public RunProperties latinFont(String name) {
        this.latinFont = name;
        return this;
    }

    /** Render ambiguous-width characters (quotes, dashes, ellipses) with the East Asian font. */
    public RunProperties eastAsiaHint() {
        this.hint = "eastAsia";
        return this;
    }

    public RunProperties bold(boolean value) {
        this.bold = value;
        return this;
    }

    public RunProperties color(String rgb) {
        this.color = rgb;
        return this;
    }

    /** Character spacing in twentieths of a point; negative condenses. */
    public RunProperties spacing(int twentieths) {
        this.spacing = twentieths;
        return this;
    }

    /** Character width as a percentage of the normal width (w:w): below 100 condenses the characters. */
    public RunProperties scale(int percent) {
        this.scale = percent;
        return this;
    }

    public RunProperties size(int halfPoints) {
        this.size = halfPoints;
        return this;
    }

    /** Mark the text as Chinese (zh-CN) for East Asian text, English elsewhere. */
    public RunProperties chineseLanguage() {
        this.language = true;
        return this;
    }

    /**
     * For a paragraph mark: hidden (vanish) in the special way (specVanish) that makes it Word's style
     * separator, so the next paragraph continues on this one's line.
     */
    public RunProperties styleSeparator() {
        this.styleSeparator = true;
        return this;
    }

    public boolean isEmpty() {
        return style == null && font == null && latinFont == null && hint == null && !bold && color == null
                && spacing == null && scale == null && size == null && !language && !styleSeparator;
    }

    public void appendTo(StringBuilder out) {
        if (isEmpty()) {
            return;
        }
        out.append("<w:rPr>");
        if (style != null) {
            out.append("<w:rStyle w:val=\"").append(style).append("\"/>");
        }
        if (font != null || latinFont != null || hint != null) {
            out.append("<w:rFonts");
            String latin = latinFont != null ? latinFont : font;
            if (latin != null) {
                attr(out, "w:ascii", latin);
                attr(out, "w:hAnsi", latin);
            }
            if (font != null) {
                attr(out, "w:eastAsia", font);
            }
            if (latin != null) {
                attr(out, "w:cs", latin);
            }
            if (hint != null) {
                attr(out, "w:hint", hint);
            }
            out.append("/>");
        }
        if (bold) {
            out.append("<w:b/><w:bCs/>");
        }
        if (styleSeparator) {
            out.append("<w:vanish/>");
        }
        if (color != null) {
            out.append("<w:color w:val=\"").append(color).append("\"/>");
        }
        if (spacing != null) {
            out.append("<w:spacing w:val=\"").append(spacing).append("\"/>");
        }
        if (scale != null) {
            out.append("<w:w w:val=\"").append(scale).append("\"/>");
        }
        if (size != null) {
            out.append("<w:sz w:val=\"").append(size).append("\"/><w:szCs w:val=\"").append(size).append("\"/>");
        }
        if (language) {
            out.append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>");
        }
        if (styleSeparator) {
            out.append("<w:specVanish/>");
        }
        out.append("</w:rPr>");
    }

    public static void attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        XmlText.appendEscaped(out, value);
        out.append('"');
    }
}
