package org.nianbao.collect;

import java.math.BigDecimal;

/** A returned value that differs from the one already entered: the officer chooses which to keep. */
public record Conflict(long metricId, String metric, BigDecimal entered, BigDecimal returned, String cell) {
}
