package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/**
 * The checker on real published texts (src/test/resources/realtexts, issue 9), against the figures
 * annotated by hand in annotations.tsv (its README gives the format). Precision first: any mismatch
 * on a figure that is right, or that the text cannot settle, fails; recall may only grow.
 */
class RealTextCorpusTest {

    /** Figures annotated ok that the checker verifies today; raise it when the checker verifies more. */
    static final int VERIFIED_FLOOR = 56;
    /** Published errors (annotated mismatch) the checker reports today; raise it when it catches more. */
    static final int CAUGHT_FLOOR = 14;

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static Path dir;
    private static List<Annotation> annotations;
    /** The checker's decisive finding on each annotated figure (null when it said nothing there). */
    private static final Map<Annotation, Finding> verdicts = new LinkedHashMap<>();
    /** Mismatches the checker reports on figures no annotation names. */
    private static final List<String> unannotatedMismatches = new ArrayList<>();

    /** One hand-annotated figure; {@code line} and {@code column} locate its occurrence in the file. */
    record Annotation(String file, String figure, int occurrence, String kind, String expected, String note,
                      int line, int column) {

        boolean covers(Finding f) {
            Location at = f.location();
            return at.paragraph() == line && at.start() < column + figure.length() && column < at.end()
                    && f.stated() != null && value(f.stated()).compareTo(value(figure)) == 0;
        }

        @Override
        public String toString() {
            return file + " " + figure + "#" + occurrence + " (" + kind + ", " + expected + ": " + note + ")";
        }
    }

    @BeforeAll
    static void checkEveryText() throws IOException, URISyntaxException {
        URL folder = RealTextCorpusTest.class.getResource("/realtexts");
        assumeTrue(folder != null, "src/test/resources/realtexts is missing");
        dir = Path.of(folder.toURI());
        annotations = readAnnotations(dir.resolve("annotations.tsv"));
        for (Path text : texts()) {
            List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
            List<Finding> figures = new ReportChecker().check(asReport(lines)).findings().stream()
                    .filter(f -> f.stated() != null).toList();
            List<Finding> matched = new ArrayList<>();
            for (Annotation a : annotations) {
                if (a.file().equals(text.getFileName().toString())) {
                    List<Finding> covering = figures.stream().filter(a::covers).toList();
                    matched.addAll(covering);
                    verdicts.put(a, verdict(covering));
                }
            }
            figures.stream().filter(f -> f.status() == FindingStatus.MISMATCH && !matched.contains(f))
                    .forEach(f -> unannotatedMismatches.add(text.getFileName() + " 第" + (f.location().paragraph() + 1)
                            + "段 " + f.rule() + " " + f.text() + "：" + f.message()));
        }
        System.out.println(table());
    }

    @Test
    void everyAnnotationNamesAFigureOfItsText() throws IOException {
        assertThat(annotations).isNotEmpty().allSatisfy(a -> {
            assertThat(a.kind()).as(a.toString()).isIn("rate", "share", "growth", "points", "sum", "ratio");
            assertThat(a.expected()).as(a.toString()).isIn("ok", "mismatch", "unverifiable");
            assertThat(a.line()).as(a + ": figure not found at its occurrence").isNotNegative();
        });
        String sources = Files.readString(dir.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        assertThat(texts()).hasSizeGreaterThanOrEqualTo(30).allSatisfy(text -> {
            String name = text.getFileName().toString();
            assertThat(sources).as(name + " in SOURCES.md").contains("| " + name + " |");
            assertThat(annotations).as(name + " annotated").anyMatch(a -> a.file().equals(name));
        });
    }

    @Test
    void noMismatchOnAFigureThatIsRightOrThatTheTextCannotSettle() {
        List<String> falseAlarms = new ArrayList<>(unannotatedMismatches);
        verdicts.forEach((a, f) -> {
            if (falselyFlagged(a, f)) {
                falseAlarms.add(a.toString());
            }
        });
        assertThat(falseAlarms).as("false mismatches").isEmpty();
    }

    @Test
    void verifiedFiguresDoNotFallBelowTheRecordedFloor() {
        assertThat(verified()).isGreaterThanOrEqualTo(VERIFIED_FLOOR);
    }

    @Test
    void caughtPublishedErrorsDoNotFallBelowTheRecordedFloor() {
        long caught = verdicts.entrySet().stream()
                .filter(e -> e.getKey().expected().equals("mismatch") && status(e.getValue()) == FindingStatus.MISMATCH)
                .count();
        assertThat(caught).isGreaterThanOrEqualTo(CAUGHT_FLOOR);
    }

    /** The checker's word on a figure: a mismatch outweighs a verification, which outweighs "cannot tell". */
    private static Finding verdict(List<Finding> covering) {
        for (FindingStatus s : List.of(FindingStatus.MISMATCH, FindingStatus.OK, FindingStatus.UNVERIFIABLE)) {
            for (Finding f : covering) {
                if (f.status() == s) {
                    return f;
                }
            }
        }
        return null;
    }

    private static FindingStatus status(Finding f) {
        return f == null ? null : f.status();
    }

    private static boolean falselyFlagged(Annotation a, Finding f) {
        return status(f) == FindingStatus.MISMATCH && !a.expected().equals("mismatch");
    }

    /** The simplest honest report around a text without headings: one section, a paragraph per line. */
    private static Report asReport(List<String> lines) {
        List<Paragraph> paragraphs = lines.stream().map(Paragraph::of).toList();
        return Report.blank(2024, "真实文本")
                .withSections(List.of(Section.of("正文", HeadingStyle.STANDALONE, paragraphs, List.of())));
    }

    private static List<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<Annotation> readAnnotations(Path tsv) throws IOException {
        List<Annotation> read = new ArrayList<>();
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            int occurrence = Integer.parseInt(c[2]);
            int[] at = locate(Files.readAllLines(dir.resolve(c[0]), StandardCharsets.UTF_8), c[1], occurrence);
            read.add(new Annotation(c[0], c[1], occurrence, c[3], c[4], c[5], at[0], at[1]));
        }
        return read;
    }

    /** Line and column of the n-th occurrence of a string in the file; {-1, -1} when there is none. */
    private static int[] locate(List<String> lines, String figure, int occurrence) {
        int seen = 0;
        for (int line = 0; line < lines.size(); line++) {
            for (int i = lines.get(line).indexOf(figure); i >= 0; i = lines.get(line).indexOf(figure, i + 1)) {
                if (++seen == occurrence) {
                    return new int[] {line, i};
                }
            }
        }
        return new int[] {-1, -1};
    }

    private static BigDecimal value(String written) {
        Matcher m = NUMBER.matcher(written.replaceAll("[\\s,]", ""));
        return m.find() ? new BigDecimal(m.group()) : BigDecimal.valueOf(-1);
    }

    /** Figures annotated ok that the checker verifies. */
    private static long verified() {
        return verdicts.entrySet().stream()
                .filter(e -> e.getKey().expected().equals("ok") && status(e.getValue()) == FindingStatus.OK).count();
    }

    private static String table() {
        Map<String, long[]> rows = new TreeMap<>();
        for (Map.Entry<Annotation, Finding> e : verdicts.entrySet()) {
            long[] r = rows.computeIfAbsent(e.getKey().kind(), k -> new long[5]);
            String expected = e.getKey().expected();
            FindingStatus v = status(e.getValue());
            r[0]++;
            r[1] += expected.equals("ok") && v == FindingStatus.OK ? 1 : 0;
            r[2] += expected.equals("ok") && v != FindingStatus.OK ? 1 : 0;
            r[3] += !expected.equals("mismatch") && v == FindingStatus.MISMATCH ? 1 : 0;
            r[4] += expected.equals("mismatch") && v == FindingStatus.MISMATCH ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder("Real texts: kind, annotated, verified, missed (ok not verified), "
                + "falsely flagged, real errors caught\n");
        rows.forEach((kind, r) -> sb.append(String.format("  %-7s %4d %4d %4d %4d %4d%n", kind, r[0], r[1], r[2],
                r[3], r[4])));
        sb.append("  mismatches on figures no annotation names: ").append(unannotatedMismatches.size()).append('\n');
        unannotatedMismatches.forEach(m -> sb.append("    ").append(m).append('\n'));
        verdicts.forEach((a, f) -> {
            if (status(f) == FindingStatus.MISMATCH) {
                sb.append(falselyFlagged(a, f) ? "  false mismatch: " : "  published error caught: ").append(a)
                        .append("\n    checker: ").append(f.rule()).append(' ').append(f.message()).append('\n');
            }
        });
        return sb.append("  published errors annotated: ")
                .append(annotations.stream().filter(a -> a.expected().equals("mismatch")).count()).toString();
    }
}
