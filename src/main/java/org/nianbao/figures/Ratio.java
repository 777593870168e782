package org.nianbao.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Rates divide, and a quotient such as 55 ÷ 68 has no finite decimal;
 * keeping the fraction until the final rounding makes every HALF_UP decision exact, ties included
 * (45 ÷ 360 × 100 is exactly 12.5, so 13 at precision 0). No binary floating point anywhere.
 */
public final class Ratio implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio HUNDRED = new Ratio(BigInteger.valueOf(100), BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator; // always positive

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Ratio of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Ratio(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return reduce(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    private static Ratio reduce(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger gcd = num.gcd(den);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
        return new Ratio(num, den);
    }

    public Ratio add(Ratio o) {
        return reduce(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Ratio subtract(Ratio o) {
        return add(o.negate());
    }

    public Ratio multiply(Ratio o) {
        return reduce(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** @throws ArithmeticException when {@code o} is zero */
    public Ratio divide(Ratio o) {
        return reduce(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    public Ratio abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** Rounded half-up (a tie goes away from zero) to {@code scale} decimals, exactly. */
    public BigDecimal round(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** Whether this value, rounded half-up to the stated value's own precision, equals it. */
    public boolean roundsTo(BigDecimal stated) {
        int scale = Math.max(0, stated.scale());
        return round(scale).compareTo(stated) == 0;
    }

    @Override
    public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
