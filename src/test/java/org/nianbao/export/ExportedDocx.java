package org.nianbao.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.nianbao.model.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** An exported file read back with POI, with the style properties resolved along basedOn. */
final class ExportedDocx implements AutoCloseable {

    static final Instant NOW = Instant.parse("2021-01-30T08:00:00Z");

    final XWPFDocument doc;
    final Path file;

    private ExportedDocx(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.doc = new XWPFDocument(in);
        }
    }

    static DocxExporter exporter() {
        return new DocxExporter(Clock.fixed(NOW, ZoneOffset.UTC), UnaryOperator.identity());
    }

    static ExportedDocx export(Report report, Path dir) throws IOException {
        Path file = dir.resolve("report.docx");
        exporter().export(report, file);
        return new ExportedDocx(file);
    }

    static ExportedDocx open(Path file) throws IOException {
        return new ExportedDocx(file);
    }

    List<XWPFParagraph> paragraphs() {
        return doc.getParagraphs();
    }

    List<String> texts() {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    XWPFParagraph paragraphStarting(String prefix) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + prefix + " in " + texts()));
    }

    XWPFParagraph paragraph(String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + texts()));
    }

    /** The style of a paragraph, by its name. */
    String styleName(XWPFParagraph p) {
        XWPFStyle s = doc.getStyles().getStyle(p.getStyleID());
        return s == null ? null : s.getName();
    }

    CTStyle style(GongwenStyle style) {
        XWPFStyle s = doc.getStyles().getStyleWithName(style.styleName());
        if (s == null) {
            throw new AssertionError("no style named " + style.styleName());
        }
        return s.getCTStyle();
    }

    /** A run property as the style (or a style it is based on) sets it. */
    <T> T runProperty(GongwenStyle style, Function<CTRPr, T> get) {
        return inherited(style, s -> s.getRPr() == null ? null : get.apply(s.getRPr()));
    }

    <T> T paragraphProperty(GongwenStyle style, Function<CTPPrGeneral, T> get) {
        return inherited(style, s -> s.getPPr() == null ? null : get.apply(s.getPPr()));
    }

    private <T> T inherited(GongwenStyle style, Function<CTStyle, T> get) {
        for (CTStyle s = style(style); s != null;
                s = s.getBasedOn() == null ? null : doc.getStyles().getStyle(s.getBasedOn().getVal()).getCTStyle()) {
            T value = get.apply(s);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    String eastAsiaFont(GongwenStyle style) {
        return runProperty(style, r -> r.sizeOfRFontsArray() == 0 ? null : r.getRFontsArray(0).getEastAsia());
    }

    String asciiFont(GongwenStyle style) {
        return runProperty(style, r -> r.sizeOfRFontsArray() == 0 ? null : r.getRFontsArray(0).getAscii());
    }

    String size(GongwenStyle style) {
        return runProperty(style, r -> r.sizeOfSzArray() == 0 ? null : r.getSzArray(0).getVal().toString());
    }

    boolean bold(GongwenStyle style) {
        Boolean b = runProperty(style, r -> r.sizeOfBArray() == 0 ? null : Boolean.TRUE);
        return b != null;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
