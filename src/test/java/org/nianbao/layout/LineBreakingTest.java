package org.nianbao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.layout.LineBreaker.Align;

/** Chinese line breaking: the grid of 28 characters, the punctuation rules, numbers and words whole. */
class LineBreakingTest {

    private static final double WIDTH = org.nianbao.format.GongwenPage.TEXT_WIDTH / 20.0;
    private final LineBreaker breaker = new LineBreaker(GlyphWidths.fixed());

    private List<String> lines(String text) {
        return lines(text, 0, GlyphWidths.fixed());
    }

    private static List<String> lines(String text, double firstIndent, GlyphWidths widths) {
        return lines(text, firstIndent, widths, Typesetting.word());
    }

    private static List<String> lines(String text, Typesetting typesetting) {
        return lines(text, 0, GlyphWidths.fixed(), typesetting);
    }

    private static List<String> lines(String text, double firstIndent, GlyphWidths widths, Typesetting typesetting) {
        LineBreaker breaker = new LineBreaker(widths, typesetting);
        LineBreaker.Text t = breaker.text(List.of(Span.body(text, TextLocation.of(TextLocation.Part.PREAMBLE, 0, 0))));
        return breaker.breakLines(t, WIDTH, firstIndent, Align.JUSTIFY).stream()
                .map(l -> text.substring(l.start(), l.end())).toList();
    }

    private static String han(int count) {
        return "法治政府建设年度报告依法行政".repeat(10).substring(0, count);
    }

    @Test
    void aLineHolds28CharactersAndThe29thStartsTheNext() {
        assertThat(lines(han(29))).containsExactly(han(28), han(29).substring(28));
        assertThat(lines(han(28))).containsExactly(han(28));
    }

    @Test
    void theFirstLineIndentTakesTwoCharacters() {
        assertThat(lines(han(30), 32, GlyphWidths.fixed()).get(0)).hasSize(26);
    }

    @Test
    void aClosingMarkThatWouldStartALineHangsAtTheEndOfThePreviousOne() {
        String text = han(28) + "，" + han(5);
        assertThat(lines(text)).containsExactly(han(28) + "，", han(5));
    }

    @Test
    void twoClosingMarksPushTheLastCharacterDownWithThem() {
        String text = han(28) + "。”" + han(5);
        List<String> lines = lines(text);
        assertThat(lines.get(0)).isEqualTo(han(27));
        assertThat(lines.get(1)).startsWith(han(28).substring(27) + "。”");
        for (String line : lines) {
            assertThat(CharClass.noLineStart(line.charAt(0))).as(line).isFalse();
        }
    }

    @Test
    void anOpeningMarkNeverEndsALine() {
        String text = han(27) + "“" + han(5) + "”";
        List<String> lines = lines(text);
        assertThat(lines.get(0)).isEqualTo(han(27));
        assertThat(lines.get(1)).startsWith("“");
        String paren = han(27) + "（" + han(3) + "）";
        assertThat(lines(paren).get(1)).startsWith("（");
    }

    @Test
    void aNumberIsNeverSplit() {
        String text = han(27) + "2023年" + han(3);
        List<String> lines = lines(text);
        assertThat(lines.get(0)).isEqualTo(han(27));
        assertThat(lines.get(1)).startsWith("2023年");
        String rate = han(26) + "97.24%，" + han(3);
        assertThat(lines(rate).get(1)).startsWith("97.24%");
    }

    @Test
    void aLatinWordIsNeverSplitButBreaksAtASpace() {
        String text = han(27) + "GB/T 9704" + han(3);
        List<String> lines = lines(text);
        assertThat(lines.get(0)).isEqualTo(han(27));
        assertThat(lines.get(1)).startsWith("GB/T 9704");
        String words = han(20) + "rule of law government";
        assertThat(lines(words).get(0)).isEqualTo(han(20) + "rule of law ");
    }

    @Test
    void aNumberLongerThanALineBreaksWhereTheLineEnds() {
        String digits = "1234567890".repeat(8);
        List<String> lines = lines(digits);
        // half an em less the 0.25 pt condensing: 57 digits of 7.75 pt in 442.2 pt
        assertThat(lines.get(0)).hasSize(57);
        assertThat(String.join("", lines)).isEqualTo(digits);
    }

    @Test
    void digitsTakeTheirOwnWidthNotAWholeCharacter() {
        // 20 characters and 16 digits: 28 em at half an em a digit, more than a line at 0.6 em
        String text = han(20) + "1234567890123456";
        assertThat(lines(text)).hasSize(1);
        GlyphWidths wide = (role, c) -> c < 0x80 ? 0.6 : 1.0;
        assertThat(lines(text, 0, wide)).hasSize(2);
    }

    @Test
    void justifiedLinesEndAtTheRightEdgeTheLastLineDoesNot() {
        LineBreaker.Text t = breaker.text(List.of(Span.body(han(20) + "2023年" + han(20),
                TextLocation.of(TextLocation.Part.PREAMBLE, 0, 0))));
        List<LineBreaker.Line> lines = breaker.breakLines(t, WIDTH, 0, Align.JUSTIFY);
        LineBreaker.Line first = lines.get(0);
        double end = first.x()[first.x().length - 1] + t.advance[first.end() - 1];
        assertThat(end).isCloseTo(WIDTH, org.assertj.core.data.Offset.offset(0.01));
        LineBreaker.Line last = lines.get(lines.size() - 1);
        assertThat(last.x()[1] - last.x()[0]).isCloseTo(15.75, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void wordHangsEveryClosingMarkLibreOfficeOnlyPauseMarksAndPushesTheRestDown() {
        String quote = han(28) + "”" + han(3);
        assertThat(lines(quote, Typesetting.word()).get(0)).isEqualTo(han(28) + "”");
        assertThat(lines(quote, Typesetting.libreOffice())).containsExactly(han(27), han(28).substring(27) + "”" + han(3));
        String comma = han(28) + "，" + han(3);
        assertThat(lines(comma, Typesetting.libreOffice()).get(0)).isEqualTo(han(28) + "，");
    }

    @Test
    void inLibreOfficeAPauseMarkAfterANumberDoesNotHangTheNumberGoesDownWithIt() {
        // 26 characters, the Asian-Latin room and "58%" fill 436.3 pt; the full stop would end at 452 pt
        String text = han(26) + "58%。" + han(3);
        assertThat(lines(text, Typesetting.word()).get(0)).isEqualTo(han(26) + "58%。");
        assertThat(lines(text, Typesetting.libreOffice())).containsExactly(han(26), "58%。" + han(3));
    }

    @Test
    void anEllipsisNeverStartsALineInWordButMayInLibreOffice() {
        String text = han(28) + "……" + han(2);
        assertThat(lines(text, Typesetting.word())).containsExactly(han(27), han(28).substring(27) + "……" + han(2));
        assertThat(lines(text, Typesetting.libreOffice())).containsExactly(han(28), "……" + han(2));
    }

    @Test
    void libreOfficesAsianLatinRoomSitsBesideChineseCharactersNotBesidePunctuation() {
        LineBreaker office = new LineBreaker(GlyphWidths.fixed(), Typesetting.libreOffice());
        LineBreaker.Text t = office.text(List.of(Span.body("年8（8；", TextLocation.of(TextLocation.Part.PREAMBLE, 0, 0))));
        double[] x = office.breakLines(t, WIDTH, 0, Align.LEFT).get(0).x();
        assertThat(x[1] - x[0]).isCloseTo(15.75 + 0.22 * 16, org.assertj.core.data.Offset.offset(0.01));
        assertThat(x[3] - x[2]).isCloseTo(15.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(x[4] - x[3]).isCloseTo(7.75, org.assertj.core.data.Offset.offset(0.01));
        LineBreaker.Text inWord = breaker.text(List.of(Span.body("年8", TextLocation.of(TextLocation.Part.PREAMBLE, 0, 0))));
        double[] w = breaker.breakLines(inWord, WIDTH, 0, Align.LEFT).get(0).x();
        assertThat(w[1] - w[0]).isCloseTo(15.75, org.assertj.core.data.Offset.offset(0.01));
    }
}
