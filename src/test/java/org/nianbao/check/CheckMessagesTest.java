package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckMessagesTest {

    @Test
    void numbersAreInsertedAsWrittenWithoutGrouping() {
        assertThat(CheckMessages.get("deadline.undated", 2021)).isEqualTo("尚未填写成文日期。报告须在2021年4月1日前公开。");
    }

    @Test
    void theTextOfAFindingIsTheOneTheBundleHolds() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("示例。").withDate(LocalDate.of(2021, 4, 1)), RuleId.DEADLINE);
        assertThat(f.message()).isEqualTo("成文日期2021年4月1日不早于2021年4月1日：年度报告须在4月1日前向社会公开，请核对日期。");
    }
}
