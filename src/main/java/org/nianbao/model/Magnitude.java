package org.nianbao.model;

import java.math.BigDecimal;

/** The magnitude word written after a figure: 3.2万 is 32000. */
public enum Magnitude {
    NONE("", BigDecimal.ONE),
    /** 万: ten thousand. */
    WAN("万", new BigDecimal("10000")),
    /** 亿: a hundred million. */
    YI("亿", new BigDecimal("100000000"));

    private final String word;
    private final BigDecimal factor;

    Magnitude(String word, BigDecimal factor) {
        this.word = word;
        this.factor = factor;
    }

    public String word() {
        return word;
    }

    public BigDecimal factor() {
        return factor;
    }

    public static Magnitude ofWord(String word) {
        for (Magnitude m : values()) {
            if (m.word.equals(word == null ? "" : word)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown magnitude: " + word);
    }
}
