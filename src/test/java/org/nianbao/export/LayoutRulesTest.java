package org.nianbao.export;

import org.nianbao.text.PrintedText;
import org.nianbao.text.TitleLines;
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
            assertThat(lines.get(i - 1)).doesNotEndWith("和");
        }
    }

    @Test
    void unsealedDateShiftsTwoCharactersRightOfTheIssuerWhenThereIsRoom() {
        // a long name: the date starts 2 characters right of it and ends further in than 2 characters
        ClosingLayout layout = ClosingLayout.of(List.of("中共示例区委员会办公室"), "2021年1月30日", false);
        assertThat(layout.issuerRight()).isEqualTo(640);
        // name 11 characters, date 6.5: date right = 2 + 11 - 2 - 6.5 = 4.5 characters
        assertThat(layout.dateRight()).isEqualTo(1440);
        int nameStart = layout.issuerRight() + 11 * 320;
        int dateStart = layout.dateRight() + 13 * 160;
        assertThat(nameStart - dateStart).isEqualTo(640);
    }

    @Test
    void unsealedDateLongerThanTheRoomKeepsTwoCharactersAndCentresTheName() {
        ClosingLayout layout = ClosingLayout.of(List.of("示例区司法局"), "2021年12月30日", false);
        assertThat(layout.dateRight()).isEqualTo(640);
        // centre of the name (6 characters) on the centre of the date (7 characters)
        assertThat(layout.issuerRight() * 2 + 6 * 320).isEqualTo(layout.dateRight() * 2 + 14 * 160);
    }

    @Test
    void sealedDateIsFourCharactersInWithTheIssuerCentredOnIt() {
        ClosingLayout layout = ClosingLayout.of(List.of("示例区司法局"), "2021年1月30日", true);
        assertThat(layout.dateRight()).isEqualTo(1280);
        assertThat(layout.issuerRight() * 2 + 6 * 320).isEqualTo(layout.dateRight() * 2 + 13 * 160);
    }

    @Test
    void documentNumberTakesHexagonalBracketsWithoutDiOrLeadingZeros() {
        assertThat(PrintedText.documentNumber("示政[2021]第03号")).isEqualTo("示政〔2021〕3号");
        assertThat(PrintedText.documentNumber("示政（2021）12号")).isEqualTo("示政〔2021〕12号");
        assertThat(PrintedText.documentNumber("示政〔2021〕3号")).isEqualTo("示政〔2021〕3号");
        assertThat(PrintedText.documentNumber("无编号")).isEqualTo("无编号");
    }

    @Test
    void dateIsWrittenInFullWithoutLeadingZeros() {
        assertThat(PrintedText.date(java.time.LocalDate.of(2021, 1, 5))).isEqualTo("2021年1月5日");
    }
}
