package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = "审结36件，审结率为90%。\n审结工作";

    @Test
    void countsEveryMatchWithoutOverlap() {
        assertThat(TextSearch.count(TEXT, "审结")).isEqualTo(3);
        assertThat(TextSearch.count("aaaa", "aa")).isEqualTo(2);
        assertThat(TextSearch.count(TEXT, "")).isZero();
    }

    @Test
    void nextAndPreviousWrapRound() {
        assertThat(TextSearch.next(TEXT, "审结", 1)).hasValue(6);
        assertThat(TextSearch.next(TEXT, "审结", 16)).hasValue(0);
        assertThat(TextSearch.previous(TEXT, "审结", 6)).hasValue(0);
        assertThat(TextSearch.previous(TEXT, "审结", 0)).hasValue(15);
        assertThat(TextSearch.next(TEXT, "没有", 0)).isEmpty();
    }
}
