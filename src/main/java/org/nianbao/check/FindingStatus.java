package org.nianbao.check;

import java.util.Locale;

/**
 * The outcome of one check. Figure checks end {@link #OK}, {@link #MISMATCH} or
 * {@link #UNVERIFIABLE}; every other rule reports {@link #VIOLATION}.
 */
public enum FindingStatus {
    /** The stated figure follows from its inputs at the stated precision. */
    OK,
    /** The stated figure does not follow from inputs that were all found. */
    MISMATCH,
    /** Some inputs were not found: the finding names them. Never turned into a mismatch by guessing. */
    UNVERIFIABLE,
    /** A non-figure rule is broken (outline, numbering, year, date, punctuation…). */
    VIOLATION;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
