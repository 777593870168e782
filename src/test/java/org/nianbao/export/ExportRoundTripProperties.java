package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;

/**
 * Whatever string a paragraph holds, the exported file opens (POI parses it as Word would) and reads
 * back as the same text, less only what no document can hold.
 */
class ExportRoundTripProperties {

    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("nianbao-roundtrip");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Characters of every class the export treats apart: Chinese and ASCII text, XML's markup
     * characters, spaces, tab, newline, CR, ambiguous-width symbols, what XML forbids (C0 controls,
     * U+FFFE, U+FFFF, lone surrogates), supplementary characters, and anything at all.
     */
    static Gen<String> anyText() {
        Gen<String> piece = Generate.oneOf(
                Generate.pick(List.of("依", "法", "行", "政", "，", "。", "“", "”", "a", "Z", "7", " ", "  ", "\u3000", "\u00A0")),
                Generate.pick(List.of("<", ">", "&", "\"", "'", "&amp;", "]]>", "<w:t>")),
                Generate.pick(List.of("\t", "\n", "\r", "\r\n", "\u000B", "\u000C", "\u0000", "\u001F", "\u007F", "\u0085")),
                Generate.pick(List.of("①", "℃", "‰", "×", "≥", "≤", "※", "Ⅰ", "§", "°", "±", "—", "…", "·", "\u00AD", "\u2028")),
                Generate.pick(List.of("\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uD842\uDFB7", "\uFEFF")),
                strings().allPossible().ofLength(1));
        // a metric reference prints its figure: another property
        return lists().of(piece).ofSizeBetween(0, 30).map(l -> String.join("", l)).assuming(t -> !t.contains("{{"));
    }

    @Test
    void anyParagraphReadsBackAsItsWritableText() {
        qt().withExamples(300).forAll(anyText()).checkAssert(text -> {
            Report report = ExportFixtures.small().withPreamble(
                    List.of(Paragraph.of("前"), Paragraph.of(text), Paragraph.of("后")));
            Path file = DIR.resolve("roundtrip.docx");
            ExportedDocx.exporter().export(report, file);
            try (ExportedDocx out = ExportedDocx.open(file)) {
                List<String> texts = out.texts();
                int before = texts.indexOf("前");
                assertThat(texts.get(before + 2)).isEqualTo("后");
                assertThat(texts.get(before + 1)).isEqualTo(writable(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The text as a document can hold it, worked out here independently of the exporter: a CR before
     * a newline or at the end goes, another CR is a line break; then C0 controls but tab and newline,
     * DEL, U+FFFE, U+FFFF and unpaired surrogates go.
     */
    static String writable(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean last = i == text.length() - 1;
            if (c == '\r') {
                if (!last && text.charAt(i + 1) != '\n') {
                    sb.append('\n');
                }
            } else if (Character.isHighSurrogate(c) && !last && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && c != 0x7F && c != 0xFFFE && c != 0xFFFF
                    && (c >= 0x20 || c == '\t' || c == '\n')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
