package org.nianbao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberInputTest {

    @Test
    void digitsFromAChineseInputMethodCountAsDigits() {
        assertThat(NumberInput.parse("６３．８")).contains(new BigDecimal("63.8"));
        assertThat(NumberInput.parse(" 1,208 ")).contains(new BigDecimal("1208"));
    }

    @Test
    void anEmptyFieldMeansNotKnownYet() {
        assertThat(NumberInput.parse("  ")).isEmpty();
    }

    @Test
    void wordsAndUnitsAreRefused() {
        assertThatThrownBy(() -> NumberInput.parse("四十")).isInstanceOf(NumberInput.NotANumber.class);
        assertThatThrownBy(() -> NumberInput.parse("40件")).isInstanceOf(NumberInput.NotANumber.class);
        assertThatThrownBy(() -> NumberInput.parse("1.2.3")).isInstanceOf(NumberInput.NotANumber.class);
        assertThat(NumberInput.accepts("63.8%")).isFalse();
    }
}
