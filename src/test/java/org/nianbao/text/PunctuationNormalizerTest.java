package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020年,我区推进工作|2020年，我区推进工作",
            "主要表现在:一是不足;二是困难|主要表现在：一是不足；二是困难",
            "(一)加强领导|（一）加强领导",
            "(1)开展评查|（1）开展评查",
            "镇(街道)综合执法|镇（街道）综合执法",
            "国家工作人员(含干部职工)参加|国家工作人员（含干部职工）参加",
            "是否完成?已完成!|是否完成？已完成！",
            "我区 , 推进|我区，推进",
    })
    void convertsHalfWidthMarksNextToChinese(String input, String expected) {
        assertThat(PunctuationNormalizer.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "增长3.5%",
            "共1,234件",
            "时间为12:30",
            "使用Word (2016) 排版",
            "1.加强领导",
            "f(x) = a, b; c: d",
    })
    void leavesFiguresAndLatinTextAlone(String input) {
        assertThat(PunctuationNormalizer.normalize(input)).isEqualTo(input);
    }

    @Test
    void convertsBracketsAroundChineseEvenAfterLatinText() {
        assertThat(PunctuationNormalizer.normalize("使用Word(2016版)")).isEqualTo("使用Word（2016版）");
    }

    @Test
    void convertsACommaAfterAChineseClosingQuote() {
        assertThat(PunctuationNormalizer.normalize("“三项制度”,提高水平")).isEqualTo("“三项制度”，提高水平");
    }

    @Test
    void convertsNestedBracketsAndLeavesUnmatchedOnesByTheirNeighbours() {
        assertThat(PunctuationNormalizer.normalize("条例(修订(草案))")).isEqualTo("条例（修订（草案））");
        assertThat(PunctuationNormalizer.normalize("见附件)")).isEqualTo("见附件）");
        assertThat(PunctuationNormalizer.normalize("x) y")).isEqualTo("x) y");
    }

    @Test
    void returnsTheSameStringWhenThereIsNothingToDo() {
        String text = "全面推进依法行政。";
        assertThat(PunctuationNormalizer.normalize(text)).isSameAs(text);
        assertThat(PunctuationNormalizer.normalize("")).isEmpty();
        assertThat(PunctuationNormalizer.normalize(null)).isNull();
    }

    @Test
    void isIdempotentAndTouchesNothingButTheSevenMarksAndTheirSpaces() {
        String alphabet = "法治政府一二（）(),.:;!? 12%abAB。，“”";
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String once = PunctuationNormalizer.normalize(text);
            assertThat(PunctuationNormalizer.normalize(once)).as("normalize twice: %s", text).isEqualTo(once);
            assertThat(once.replaceAll("[,():;!?，（）：；！？ ]", ""))
                    .as("only marks and spaces change: %s", text)
                    .isEqualTo(text.replaceAll("[,():;!?，（）：；！？ ]", ""));
            assertThat(once.length()).isLessThanOrEqualTo(text.length());
        }
    }
}
