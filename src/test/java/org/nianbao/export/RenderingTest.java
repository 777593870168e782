package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.text.XmlText;

/**
 * The export as a reviewer sees it: rendered by LibreOffice to PDF, its text positions read with
 * pdftotext. Skipped, with a message, where soffice or pdftotext is not installed (.ci/run installs
 * libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils).
 */
class RenderingTest {

    private static final double PT = 1 / 20.0;
    private static final double PAGE_HEIGHT = OfficialFormat.PAGE_HEIGHT * PT;
    private static final double TOP = OfficialFormat.MARGIN_TOP * PT;
    private static final double BOTTOM = PAGE_HEIGHT - OfficialFormat.MARGIN_BOTTOM * PT;
    private static final double LEFT = OfficialFormat.MARGIN_LEFT * PT;
    private static final double RIGHT = (OfficialFormat.PAGE_WIDTH - OfficialFormat.MARGIN_RIGHT) * PT;
    private static final double ONE_MM = 72 / 25.4;

    record Line(double xMin, double yMin, double xMax, double yMax, String text) {
    }

    @TempDir
    static Path dir;

    private static List<List<Line>> pages;
    private static List<List<Line>> withBlocks;
    private static List<List<Line>> longMarkAndParts;

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(ExternalTools.onPath("soffice") && ExternalTools.onPath("pdftotext"),
                "soffice or pdftotext not installed: rendering checks skipped "
                        + "(apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils)");
        Path multi = dir.resolve("multi.docx");
        ExportedDocx.exporter().export(ExportFixtures.multiPage(8), multi);
        Path blocks = dir.resolve("blocks.docx");
        ExportedDocx.exporter().export(ExportFixtures.withEverything(ExportFixtures.small()), blocks);
        Path parts = dir.resolve("parts.docx");
        ExportedDocx.exporter().export(IssuerMarkAndHeadingsTest.withMark(ExportFixtures.shortParts(40), LONG_MARK), parts);
        ExternalTools.sofficeConvert(dir, "pdf", List.of(multi, blocks, parts), 180);
        pages = layout(dir.resolve("multi.pdf"));
        withBlocks = layout(dir.resolve("blocks.pdf"));
        longMarkAndParts = layout(dir.resolve("parts.pdf"));
    }

    private static List<List<Line>> layout(Path pdf) throws Exception {
        assertThat(pdf).exists();
        Path layout = dir.resolve(pdf.getFileName() + ".html");
        ExternalTools.run(dir, List.of("pdftotext", "-bbox-layout", pdf.toString(), layout.toString()), 60);
        return parse(Files.readString(layout, StandardCharsets.UTF_8));
    }

    @Test
    void endBlockSitsAtTheBottomOfItsOwnUnnumberedLastPage() {
        List<Line> last = withBlocks.get(withBlocks.size() - 1);
        assertThat(last).extracting(Line::text).containsExactly("抄送：示例市司法局，示例区人大常委会办公室。",
                "示例区人民政府办公室", "2021年2月1日印发");
        double bottom = last.stream().mapToDouble(Line::yMax).max().orElseThrow();
        assertThat((BOTTOM - bottom) / ONE_MM).as("mm above the bottom of the text area").isBetween(0.0, 6.0);
        // the header block's red mark opens the first page
        assertThat(withBlocks.get(0).get(0).text()).isEqualTo("示例区人民政府文件");
    }

    private static final String LONG_MARK = "中共河源市源城区委员会文件";

    @Test
    void aLongIssuerMarkStaysOnOneLine() {
        Line first = longMarkAndParts.get(0).get(0);
        assertThat(first.text()).isEqualTo(LONG_MARK);
        assertThat(first.xMin()).isGreaterThanOrEqualTo(LEFT - 1);
        assertThat(first.xMax()).isLessThanOrEqualTo(RIGHT + 1);
    }

    @Test
    void noPageEndsWithALevelOneHeading() {
        Pattern heading = Pattern.compile("^[一二三四五六七八九十]+、第\\d+部分$");
        int headings = 0;
        for (int i = 0; i < longMarkAndParts.size(); i++) {
            List<Line> body = body(longMarkAndParts.get(i));
            headings += (int) body.stream().filter(l -> heading.matcher(l.text()).matches()).count();
            if (!body.isEmpty() && i < longMarkAndParts.size() - 1) {
                assertThat(body.get(body.size() - 1).text()).as("last line of page " + (i + 1)).doesNotMatch(heading);
            }
        }
        assertThat(headings).isEqualTo(40);
    }

    /**
     * Pages filled with body text: all but the title page and those from the closing block on (its
     * blank line before the issuers prints nothing).
     */
    private static int lastFullPage() {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(l -> l.text().equals("中共示例区委员会"))) {
                return i - 1;
            }
        }
        return pages.size() - 1;
    }

    @Test
    void everyFullPageHas22LinesOnTheGrid() {
        assertThat(lastFullPage()).isGreaterThanOrEqualTo(5);
        for (int i = 1; i <= lastFullPage(); i++) {
            List<Line> body = body(pages.get(i));
            assertThat(body).as("lines on page " + (i + 1)).hasSize(OfficialFormat.LINES_PER_PAGE);
            for (int k = 1; k < body.size(); k++) {
                assertThat(body.get(k).yMin() - body.get(k - 1).yMin()).as("line pitch on page " + (i + 1))
                        .isCloseTo(OfficialFormat.LINE_PITCH * PT, org.assertj.core.data.Offset.offset(0.3));
            }
        }
    }

    @Test
    void fullLinesOfBodyTextHold28Characters() {
        int full = 0;
        for (int i = 1; i <= lastFullPage(); i++) {
            for (Line line : body(pages.get(i))) {
                boolean fromLeft = Math.abs(line.xMin() - LEFT) < 2;
                boolean toRight = line.xMax() > RIGHT - 3;
                if (fromLeft && toRight) {
                    assertThat(line.text().length()).as(line.text()).isEqualTo(OfficialFormat.CHARS_PER_LINE);
                    full++;
                }
            }
        }
        assertThat(full).isGreaterThan(50);
    }

    @Test
    void everyPageIsNumberedOddOnTheRightEvenOnTheLeftOneCharacterIn() {
        Pattern number = Pattern.compile("\u2014\\s*(\\d+)\\s*\u2014");
        for (int i = 0; i < pages.size(); i++) {
            int page = i + 1;
            List<Line> footer = pages.get(i).stream().filter(l -> l.yMin() > BOTTOM).toList();
            assertThat(footer).as("footer of page " + page).hasSize(1);
            Line line = footer.get(0);
            Matcher m = number.matcher(line.text());
            assertThat(m.matches()).as(line.text()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(page);
            double inset = OfficialFormat.PAGE_NUMBER_INSET * PT;
            if (page % 2 == 1) {
                assertThat(RIGHT - line.xMax()).as("odd page " + page).isCloseTo(inset, org.assertj.core.data.Offset.offset(3.0));
            } else {
                assertThat(line.xMin() - LEFT).as("even page " + page).isCloseTo(inset, org.assertj.core.data.Offset.offset(3.0));
            }
            // the dash line sits about 7 mm below the text area
            double middle = (line.yMin() + line.yMax()) / 2;
            assertThat((middle - BOTTOM) / ONE_MM).isCloseTo(7, org.assertj.core.data.Offset.offset(1.5));
        }
    }

    private static List<Line> body(List<Line> page) {
        return page.stream().filter(l -> l.yMin() >= TOP - 2 && l.yMax() <= BOTTOM + 2).toList();
    }

    private static final Pattern PAGE = Pattern.compile("<page\\b");
    private static final Pattern LINE = Pattern.compile(
            "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("<word[^>]*>([^<]*)</word>");

    static List<List<Line>> parse(String html) {
        List<List<Line>> out = new ArrayList<>();
        String[] chunks = PAGE.split(html);
        for (int i = 1; i < chunks.length; i++) {
            List<Line> lines = new ArrayList<>();
            Matcher m = LINE.matcher(chunks[i]);
            while (m.find()) {
                StringBuilder text = new StringBuilder();
                Matcher w = WORD.matcher(m.group(5));
                while (w.find()) {
                    text.append(XmlText.unescape(w.group(1)));
                }
                lines.add(new Line(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), text.toString()));
            }
            out.add(lines);
        }
        return out;
    }
}
