package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void readsArabicDatesWithSpacesAndLeadingZeros() {
        assertThat(ChineseDates.parse("2021年1月30日")).contains(LocalDate.of(2021, 1, 30));
        assertThat(ChineseDates.parse("2021 年 01 月 05 日")).contains(LocalDate.of(2021, 1, 5));
    }

    @Test
    void readsDatesInChineseNumerals() {
        assertThat(ChineseDates.parse("二〇二一年一月三十日")).contains(LocalDate.of(2021, 1, 30));
        assertThat(ChineseDates.parse("二○二二年十二月十日")).contains(LocalDate.of(2022, 12, 10));
    }

    @Test
    void tellsTheShapeOfADateFromARealDay() {
        assertThat(ChineseDates.isDateShaped("2021年2月30日")).isTrue();
        assertThat(ChineseDates.parse("2021年2月30日")).isEmpty();
    }

    @Test
    void ignoresTextThatHoldsADateAmongOtherWords() {
        assertThat(ChineseDates.isDateShaped("截至2021年1月30日，共受理")).isFalse();
        assertThat(ChineseDates.parse("2021年1月")).isEmpty();
    }
}
