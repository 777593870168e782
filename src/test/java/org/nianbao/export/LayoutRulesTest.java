package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Title wrapping, closing-block positions and document numbers. */
class LayoutRulesTest {

    @Test
    void shortTitleStaysOnOneLine() {
        assertThat(TitleLines.split("示例区2020年度法治政府建设情况报告", 20)).containsExactly("示例区2020年度法治政府建设情况报告");
    }

    @Test
    void longTitleBreaksIntoEvenLinesBetweenWords() {
        assertThat(TitleLines.split("示例区人民政府关于2020年度法治政府建设工作情况的报告", 20))
                .containsExactly("示例区人民政府关于2020年度", "法治政府建设工作情况的报告");
    }

    @Test
    void veryLongTitleTakesThreeLinesNoneLongerThanTheLimitNoWordSplit() {
        String title = "中共示例区委员会示例区人民政府关于2020年度推进法治政府建设和落实党政主要负责人履行推进法治建设第一责任人职责情况的报告";
        List<String> lines = TitleLines.split(title, 20);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("", lines)).isEqualTo(title);
        for (String line : lines) {
            assertThat(TitleLines.width(line)).isLessThanOrEqualTo(40);
        }
        for (int i = 1; i < lines.size(); i++) {
            String joint = lines.get(i - 1).substring(lines.get(i - 1).length() - 1) + lines.get(i).charAt(0);
            assertThat(List.of("政府", "法治", "建设", "报告", "责任", "20", "02", "年度", "人民", "委员"))
                    .as("split inside a word at " + lines).doesNotContain(joint);
            assertThat(lines.get(i)).doesNotStartWith("的").doesNotStartWith("和");
        }
    }

    @Test
    void unsealedDateShiftsTwoCharactersRightOfTheIssuerWhenThereIsRoom() {
        // a long name: the date starts 2 characters right of it and ends further in than 2 characters
        ClosingLayout layout = ClosingLayout.of(List.of("中共示例区委员会办公室"), "2021年1月30日", false);
        assertThat(layout.issuerRightHalfChars()).isEqualTo(4);
        // name 22 half characters, date 13: date right = 4 + 22 - 4 - 13
        assertThat(layout.dateRightHalfChars()).isEqualTo(9);
    }

    @Test
    void unsealedDateLongerThanTheNameKeepsTwoCharactersAndMovesTheName() {
        ClosingLayout layout = ClosingLayout.of(List.of("示例区司法局"), "2021年12月30日", false);
        assertThat(layout.dateRightHalfChars()).isEqualTo(4);
        // date start = name start + 2 characters
        int nameStart = layout.issuerRightHalfChars() + 12;
        int dateStart = layout.dateRightHalfChars() + 14;
        assertThat(nameStart - dateStart).isEqualTo(4);
    }

    @Test
    void sealedDateIsFourCharactersInWithTheIssuerCentredOnIt() {
        ClosingLayout layout = ClosingLayout.of(List.of("示例区司法局"), "2021年1月30日", true);
        assertThat(layout.dateRightHalfChars()).isEqualTo(8);
        // centre of name = centre of date
        assertThat(layout.issuerRightHalfChars() * 2 + 12).isEqualTo(8 * 2 + 13 - 1);
    }

    @Test
    void documentNumberTakesHexagonalBracketsWithoutDiOrLeadingZeros() {
        assertThat(DocumentNumber.normalize("示政[2021]第03号")).isEqualTo("示政〔2021〕3号");
        assertThat(DocumentNumber.normalize("示政（2021）12号")).isEqualTo("示政〔2021〕12号");
        assertThat(DocumentNumber.normalize("示政〔2021〕3号")).isEqualTo("示政〔2021〕3号");
        assertThat(DocumentNumber.normalize("无编号")).isEqualTo("无编号");
    }

    @Test
    void dateIsWrittenInFullWithoutLeadingZeros() {
        assertThat(ReportText.date(java.time.LocalDate.of(2021, 1, 5))).isEqualTo("2021年1月5日");
    }
}
