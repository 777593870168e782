package org.nianbao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.nianbao.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.LargeReport;
import org.nianbao.export.DocxExporter;
import org.nianbao.importing.ReportImporter;
import org.nianbao.layout.fonts.FontWidths;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.model.Report;
import org.nianbao.store.SampleData;
import org.nianbao.testing.Corpus;

/**
 * The layout measured against LibreOffice, the only renderer here: the sample report, the real
 * report of the corpus and a generated 100-page report are exported to .docx, rendered by soffice
 * and read back with pdftotext; the engine must give the same text and the same number of pages, and
 * break at least 95% of the lines at the same character. The engine sets the text as LibreOffice
 * does where the two renderers are known to differ ({@link Typesetting#libreOffice()}); the pages it
 * prints follow Word. Skipped, with a message, where soffice or pdftotext is missing.
 *
 * <p>Each report's LibreOffice PDF is kept in target/ beside both listings, for a look when the
 * figures drop (docs/decisions/0010 says how the differing lines were classed).
 */
class LibreOfficeComparisonTest {

    private static final Pattern PAGE_NUMBER = Pattern.compile("\u2014\\s*\\d+\\s*\u2014");

    @TempDir
    static Path dir;

    /** Per report: the engine's lines and LibreOffice's, page by page. */
    private static final Map<String, List<List<String>>[]> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void render() throws Exception {
        assumeTrue(ExternalTools.onPath("soffice") && ExternalTools.onPath("pdftotext"), "soffice or pdftotext not installed: comparison skipped "
                + "(apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk)");
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("sample", new ReportImporter().read(SampleData.writeTo(dir.resolve("sample"))));
        Corpus.report().ifPresent(p -> reports.put("corpus", new ReportImporter().read(p)));
        reports.put("generated", LargeReport.generate(62_000));
        List<Path> docxFiles = new ArrayList<>();
        for (Map.Entry<String, Report> e : reports.entrySet()) {
            Path docx = dir.resolve(e.getKey() + ".docx");
            new DocxExporter().export(e.getValue(), docx);
            docxFiles.add(docx);
        }
        ExternalTools.sofficeConvert(dir, "pdf", docxFiles, 300);
        PageLayout layout = new PageLayout(new FontWidths(InstalledFonts.system()), Typesetting.libreOffice());
        for (Map.Entry<String, Report> e : reports.entrySet()) {
            Path pdf = dir.resolve(e.getKey() + ".pdf");
            Path txt = dir.resolve(e.getKey() + ".txt");
            ExternalTools.run(dir, List.of("pdftotext", "-raw", pdf.toString(), txt.toString()), 60);
            Files.copy(pdf, Path.of("target", "layout-" + e.getKey() + "-libreoffice.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<List<String>> office = pages(Files.readString(txt, StandardCharsets.UTF_8));
            List<List<String>> engine = new ArrayList<>();
            for (Page page : layout.layOut(e.getValue()).pages()) {
                engine.add(pages(page.text()).get(0));
            }
            RESULTS.put(e.getKey(), new List[] {engine, office});
            // both sides a line a line, page by page, for a look with diff when the figures drop
            Files.writeString(Path.of("target", "layout-" + e.getKey() + "-engine.txt"), listing(engine));
            Files.writeString(Path.of("target", "layout-" + e.getKey() + "-libreoffice.txt"), listing(office));
        }
    }

    /** The lines of text of each page: no blank lines, no page numbers, no spaces. */
    static List<List<String>> pages(String text) {
        List<List<String>> out = new ArrayList<>();
        String[] pages = text.split("\f", -1);
        int count = pages.length;
        if (count > 1 && pages[count - 1].isBlank()) {
            count--; // pdftotext ends every page with a form feed
        }
        for (int i = 0; i < count; i++) {
            List<String> lines = new ArrayList<>();
            for (String line : pages[i].split("\\R")) {
                String s = line.replaceAll("\\s+", "");
                if (!s.isEmpty() && !PAGE_NUMBER.matcher(s).matches()) {
                    lines.add(s);
                }
            }
            out.add(lines);
        }
        return out;
    }

    /** The share of the engine's line ends (offsets in the whole text) where LibreOffice ends a line too. */
    static double sameBreaks(List<List<String>> engine, List<List<String>> office) {
        Set<Integer> ours = ends(engine);
        Set<Integer> theirs = ends(office);
        long same = ours.stream().filter(theirs::contains).count();
        return ours.isEmpty() ? 1 : (double) same / ours.size();
    }

    /**
     * Where lines end, counted in letters and digits only: pdftotext now and then loses a mark that
     * hangs in the margin, which must not shift every later line.
     */
    private static Set<Integer> ends(List<List<String>> pages) {
        Set<Integer> out = new TreeSet<>();
        int at = 0;
        for (List<String> page : pages) {
            for (String line : page) {
                at += lettersOf(line).length();
                out.add(at);
            }
        }
        return out;
    }

    private static String lettersOf(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String listing(List<List<String>> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            sb.append("--- ").append(i + 1).append('\n');
            pages.get(i).forEach(line -> sb.append(line).append('\n'));
        }
        return sb.toString();
    }

    private static String joined(List<List<String>> pages) {
        StringBuilder sb = new StringBuilder();
        pages.forEach(p -> p.forEach(sb::append));
        return sb.toString();
    }

    @Test
    void sameTextSamePageCountAndAtLeast95PercentOfLinesBreakAtTheSameCharacter() throws IOException {
        StringBuilder figures = new StringBuilder();
        for (Map.Entry<String, List<List<String>>[]> e : RESULTS.entrySet()) {
            List<List<String>> engine = e.getValue()[0];
            List<List<String>> office = e.getValue()[1];
            double same = sameBreaks(engine, office);
            int lines = engine.stream().mapToInt(List::size).sum();
            figures.append(String.format("%s: engine %d pages, LibreOffice %d pages; %d lines, %.1f%% break at the same character%n",
                    e.getKey(), engine.size(), office.size(), lines, same * 100));
        }
        Files.writeString(Path.of("target", "layout-vs-libreoffice.txt"), figures);
        System.out.print(figures);
        for (Map.Entry<String, List<List<String>>[]> e : RESULTS.entrySet()) {
            List<List<String>> engine = e.getValue()[0];
            List<List<String>> office = e.getValue()[1];
            assertThat(lettersOf(joined(engine)).equals(lettersOf(joined(office)))).as(e.getKey() + ": the same text")
                    .isTrue();
            assertThat(engine).as(e.getKey() + ": pages").hasSameSizeAs(office);
            // measured 2026-11-30 (LibreOffice 7.4): sample 100%, corpus 98.1%, generated 100%. The corpus's
            // rest: LibreOffice sets the closing quote of "“3▪15”" in the Latin face at half width (it takes
            // a quote after a digit for Latin text despite the export's eastAsia hint, which Word follows)
            assertThat(sameBreaks(engine, office)).as(e.getKey() + ": lines breaking alike").isGreaterThanOrEqualTo(0.95);
        }
    }
}
