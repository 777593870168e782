package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingMarkerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一、主要成效|1|1|2",
            "十二、其他情况|1|12|3",
            "（三）加强监督|2|3|3",
            "(三)加强监督|2|3|3",
            "(十一)加强监督|2|11|4",
            "1.规范程序|3|1|2",
            "2．规范程序|3|2|2",
            "12、规范程序|3|12|3",
            "（4）专项评查|4|4|3",
            "(4)专项评查|4|4|3",
            "一 、主要成效|1|1|3",
            "二　、存在不足|1|2|3",
            "（一 ）加强监督|2|1|4",
            "（ 二）加强监督|2|2|4",
    })
    void recognizesTheMarkerOfEachLevel(String line, int level, int number, int length) {
        assertThat(HeadingMarker.parse(line)).contains(new HeadingMarker(level, number, length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020年，我区", "3.5%的增长", "1.2万元用于", "一是加强", "（含干部职工）", "二〇二一年",
            "一一、重复", "", "一",
            "一、二季度全区受理案件", "三、四月份开展检查"})
    void ignoresTextThatOnlyLooksLikeAMarker(String line) {
        assertThat(HeadingMarker.parse(line)).isEmpty();
    }

    @Test
    void stripsTheMarker() {
        assertThat(HeadingMarker.stripMarker("（二）深化改革")).isEqualTo("深化改革");
        assertThat(HeadingMarker.stripMarker("深化改革")).isEqualTo("深化改革");
    }
}
