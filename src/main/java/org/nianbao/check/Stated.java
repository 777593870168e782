package org.nianbao.check;

import java.math.BigDecimal;
import org.nianbao.figures.Ratio;

/** Rounding rules for comparing a stated figure with a computed one (DOMAIN.md, "Checking a figure"). */
final class Stated {

    private Stated() {
    }

    /**
     * Whether a value somewhere in [low, high] rounds half-up to {@code stated} at the stated
     * precision. With exact inputs low = high and this is plain HALF_UP equality; with rounded inputs
     * the interval holds every value they could stand for.
     */
    static boolean reachable(BigDecimal stated, Ratio low, Ratio high) {
        int scale = Math.max(0, stated.scale());
        Ratio half = Ratio.of(BigDecimal.ONE.movePointLeft(scale)).divide(Ratio.of(2));
        Ratio s = Ratio.of(stated);
        if (low.compareTo(high) == 0) {
            return low.roundsTo(stated);
        }
        // HALF_UP: x rounds to s when s - half <= x < s + half (for x >= 0)
        return high.compareTo(s.subtract(half)) >= 0 && low.compareTo(s.add(half)) < 0;
    }

    /**
     * Whether a value in [low, high] truncates to {@code stated} (some offices cut digits instead of
     * rounding: 99.96% written 99.9%): s <= x < s + one unit of the last stated digit, an exact tie
     * (12.5 written 12) excepted.
     */
    static boolean truncatesTo(BigDecimal stated, Ratio low, Ratio high) {
        if (stated.signum() <= 0) {
            return false;
        }
        int scale = Math.max(0, stated.scale());
        Ratio s = Ratio.of(stated);
        Ratio unit = Ratio.of(BigDecimal.ONE.movePointLeft(scale));
        Ratio next = s.add(unit);
        if (low.compareTo(high) == 0 && low.compareTo(s.add(unit.divide(Ratio.of(2)))) == 0) {
            return false; // an exact tie written down is banker's rounding, which DOMAIN.md calls wrong
        }
        return high.compareTo(s) >= 0 && low.compareTo(next) < 0;
    }

    /** Decimals to show a computed value with: two more than... at least 2, one more than stated. */
    static int shownScale(BigDecimal stated) {
        return Math.max(2, stated.scale() + 1);
    }

    /** "到整数" / "保留1位小数". */
    static String precisionWords(BigDecimal stated) {
        return stated.scale() <= 0 ? "到整数" : "保留" + stated.scale() + "位小数";
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
