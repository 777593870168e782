package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Magnitude;

class FigureScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "326人|326|NONE|false|人|326",
        "63.8%|63.8|NONE|false|%|63.8",
        "81％|81|NONE|false|%|81",
        "约21.6万元|21.6|WAN|true|元|216000",
        "862.40万元|862.40|WAN|false|元|8624000.0",
        "1.2亿元|1.2|YI|false|元|120000000",
        "11,478宗|11478|NONE|false|宗|11478",
        "472人次|472|NONE|false|人次|472",
        "5.6个百分点|5.6|NONE|false|个百分点|5.6",
        "300余人|300|NONE|true|人|300",
        "３２个|32|NONE|false|个|32",
        "42|42|NONE|false||42",
    })
    void parsesOneFigure(String text, String value, Magnitude magnitude, boolean approximate, String unit,
                         String amount) {
        Figure f = FigureScanner.parse(text);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.value().scale()).isEqualTo(new java.math.BigDecimal(value).scale());
        assertThat(f.magnitude()).isEqualTo(magnitude);
        assertThat(f.approximate()).isEqualTo(approximate);
        assertThat(f.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(f.amount()).isEqualByComparingTo(amount);
    }

    @Test
    void keepsTheWrittenPrecision() {
        assertThat(FigureScanner.parse("63.80%").value().scale()).isEqualTo(2);
        assertThat(FigureScanner.parse("81%").value().scale()).isZero();
    }

    @Test
    void findsEveryFigureOfASentenceWithOffsets() {
        String text = "全年共组织326人参考，其中考试合格208人，通过率63.8%，罚没金额约21.6万元。";
        List<Figure> figures = FigureScanner.scan(text);
        assertThat(figures).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("326人", "208人", "63.8%", "约21.6万元");
    }

    @Test
    void yearsAreFiguresButNotCounts() {
        List<Figure> figures = FigureScanner.scan("2020年，全区26个部门");
        assertThat(figures.get(0).isYear()).isTrue();
        assertThat(figures.get(1).isYear()).isFalse();
    }

    @Test
    void digitsGluedToLettersAreNames() {
        assertThat(FigureScanner.scan("G20峰会和5G网络")).isEmpty();
        assertThat(FigureScanner.scan("1e309件")).isEmpty();
        assertThat(FigureScanner.scan("v1.2版，共5件")).extracting(Figure::unit).containsExactly("件");
    }

    @Test
    void serviceNumbersAreNamesNotCounts() {
        assertThat(FigureScanner.scan("12345热线受理诉求10000件")).extracting(Figure::unit).containsExactly("件");
        assertThat(FigureScanner.scan("110接警5000起，12315平台")).extracting(Figure::unit).containsExactly("起");
        assertThat(FigureScanner.scan("12348法律服务热线")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "回访总工单 1 360 件|1360|件",
        "共1 360件|1360|件",
        "受理23,516件|23516|件",
        "受理１３６０件|1360|件",
        "减少-5件|-5|件",
        "提高-2.35个百分点|-2.35|个百分点",
        "约3 200万元|3200|元",
    })
    void numberForms(String text, String value, String unit) {
        assertThat(FigureScanner.scan(text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(value);
            assertThat(f.unit()).isEqualTo(unit);
        });
    }

    @Test
    void aDashBetweenTwoNumbersIsARangeNotASign() {
        assertThat(FigureScanner.scan("3-5个工作日")).extracting(f -> f.value().intValue()).containsExactly(3, 5);
        assertThat(FigureScanner.scan("2020-2021年")).extracting(f -> f.value().intValue()).containsExactly(2020, 2021);
    }

    @Test
    void aCommaBetweenFiguresIsNotAThousandsSeparator() {
        assertThat(FigureScanner.scan("分别为6,7件")).hasSize(2);
        assertThat(FigureScanner.scan("共1,120件")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("1120"));
    }

    @Test
    void textThatIsNotOneFigureIsBadInputInChinese() {
        assertThatThrownBy(() -> FigureScanner.parse("三百人")).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).chinese()).contains("不是一个数字"));
        assertThatThrownBy(() -> FigureScanner.parse("12件和13件")).isInstanceOf(BadInputException.class);
    }

    @Test
    void formatsWithGroupingAndMagnitude() {
        assertThat(FigureFormat.format(new java.math.BigDecimal("1234567.50"), Magnitude.NONE, false, "元", true))
                .isEqualTo("1,234,567.50元");
        assertThat(FigureFormat.format(new java.math.BigDecimal("21.6"), Magnitude.WAN, true, "元", false))
                .isEqualTo("约21.6万元");
    }

    @Test
    void sentencesEndAtFullStopsAndSemicolons() {
        assertThat(Sentences.split("甲。乙；丙;丁")).hasSize(4);
        assertThat(Sentences.splitFull("甲。乙；丙")).hasSize(2);
    }
}
