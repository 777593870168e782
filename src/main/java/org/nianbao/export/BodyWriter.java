package org.nianbao.export;

import java.util.EnumMap;
import java.util.Map;

/**
 * Writes paragraphs into the body of the main document, by style: each style is looked up by name in
 * the template, so a template edited in Word or WPS (with other ids) works the same.
 */
final class BodyWriter {

    private final StringBuilder out;
    private final Map<GongwenStyle, String> ids = new EnumMap<>(GongwenStyle.class);

    BodyWriter(StringBuilder out, TemplatePackage template) {
        this.out = out;
        for (GongwenStyle style : GongwenStyle.values()) {
            ids.put(style, template.styleId(style));
        }
    }

    String id(GongwenStyle style) {
        return ids.get(style);
    }

    StringBuilder out() {
        return out;
    }

    /** A paragraph of one style with one run of text. */
    void paragraph(GongwenStyle style, String text) {
        open(style);
        run(text);
        close();
    }

    void blankLines(int count) {
        for (int i = 0; i < count; i++) {
            paragraph(GongwenStyle.BODY, "");
        }
    }

    void open(GongwenStyle style) {
        open(new ParagraphProperties().style(id(style)));
    }

    void open(ParagraphProperties properties) {
        out.append("<w:p>");
        properties.appendTo(out);
    }

    void run(String text) {
        WordRuns.appendRun(out, text, null);
    }

    void run(String text, GongwenStyle characterStyle) {
        WordRuns.appendRun(out, text, id(characterStyle));
    }

    /** A run with direct formatting (the issuer mark condensed to fit its line). */
    void run(String text, RunProperties properties) {
        WordRuns.appendRunWith(out, text, properties);
    }

    void close() {
        out.append("</w:p>");
    }
}
