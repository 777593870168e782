package org.nianbao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficerDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024年6月30日", "2024年6月底", "2024年6月", "2024-06-30", "2024/6/30", "2024.6.30",
            " 2024 年 6 月 30 日 ", "二〇二四年六月三十日", "2024年6月末"})
    void whatOfficersWriteIsTheLastDayOfJune(String typed) {
        assertThat(OfficerDates.parse(typed)).contains(LocalDate.of(2024, 6, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"六月底", "2024年2月30日", "2024-13-01", "2024年13月", "明年", ""})
    void whatIsNoDayIsRefused(String typed) {
        assertThat(OfficerDates.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void februaryEndsOnItsOwnLastDay() {
        assertThat(OfficerDates.parse("2024年2月底")).contains(LocalDate.of(2024, 2, 29));
    }
}
