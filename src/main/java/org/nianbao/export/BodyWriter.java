package org.nianbao.export;

import java.util.List;
import org.nianbao.model.ReportField;

import org.nianbao.text.TitleLines;
import java.util.EnumMap;
import java.util.Map;
import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.export.xml.RunProperties;
import org.nianbao.export.xml.WordRuns;

/**
 * Writes paragraphs into the body of the main document, by style: each style is looked up by name in
 * the template, so a template edited in Word or WPS (with other ids) works the same.
 */
final class BodyWriter {

    private final StringBuilder out;
    private final Map<GongwenStyle, String> ids = new EnumMap<>(GongwenStyle.class);
    private String lastSection;

    /** @param sectionProperties the page setup (w:sectPr) that closes the body unless a block ends a section */
    BodyWriter(StringBuilder out, TemplatePackage template, String sectionProperties) {
        this.out = out;
        this.lastSection = sectionProperties;
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

    /** A centred title, broken into lines between words when it is too long for one. */
    void title(GongwenStyle style, String title) {
        paragraph(style, titleLines(title));
    }

    static String titleLines(String title) {
        return String.join("\n", TitleLines.split(title, OfficialFormat.TITLE_CHARS_PER_LINE));
    }

    /**
     * Paragraphs of one style holding one of the report's fields (a line each), with the reviewers'
     * comments on that field carried back around them.
     */
    void field(GongwenStyle style, List<String> lines, ReturnPath path, ReportField field) {
        for (int i = 0; i < lines.size(); i++) {
            open(style);
            if (i == 0) {
                path.fieldStart(out, field);
            }
            run(lines.get(i));
            if (i == lines.size() - 1) {
                path.fieldEnd(out, field);
            }
            close();
        }
    }

    /**
     * Ends the current section at a paragraph of this style carrying its page setup; what follows
     * is set up by {@code next}, which closes the body unless a later block ends another section.
     */
    void endSection(GongwenStyle style, String next) {
        open(new ParagraphProperties().style(id(style)).sectionBreak(lastSection));
        close();
        lastSection = next;
    }

    /** The page setup of the last section, which closes the body (w:body's own w:sectPr). */
    String lastSection() {
        return lastSection;
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
