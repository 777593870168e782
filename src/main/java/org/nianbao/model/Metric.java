package org.nianbao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named figure of the report (指标), such as the number of petition cases accepted.
 *
 * @param value       exact value as written, before the magnitude (3.2 for 3.2万); null while unknown
 * @param unit        人, 件, 宗, %, 万元…; empty when none
 * @param magnitude   万 or 亿 written between value and unit
 * @param approximate the figure is written with 约
 * @param department  the department that supplied it (来源部门)
 * @param priorValue  last year's value, for growth; null when unknown
 * @param formula     for a derived figure, its formula over other metrics' names (e.g.
 *                    {@code 办结 / 受理 * 100}); null for a count
 * @param precision   decimals to which a derived figure is stated; null for a count
 */
public record Metric(
        Long id,
        String name,
        BigDecimal value,
        String unit,
        Magnitude magnitude,
        boolean approximate,
        String department,
        BigDecimal priorValue,
        String note,
        String formula,
        Integer precision) {

    public Metric {
        Objects.requireNonNull(name, "name");
        unit = unit == null ? "" : unit;
        magnitude = magnitude == null ? Magnitude.NONE : magnitude;
        department = department == null ? "" : department;
        note = note == null ? "" : note;
    }

    public static Metric count(String name, BigDecimal value, String unit) {
        return new Metric(null, name, value, unit, Magnitude.NONE, false, "", null, "", null, null);
    }

    public static Metric derived(String name, String formula, int precision, String unit) {
        return new Metric(null, name, null, unit, Magnitude.NONE, false, "", null, "", formula, precision);
    }

    public boolean isDerived() {
        return formula != null && !formula.isBlank();
    }

    public Metric withId(Long newId) {
        return new Metric(newId, name, value, unit, magnitude, approximate, department, priorValue, note,
                formula, precision);
    }

    public Metric withValue(BigDecimal newValue) {
        return new Metric(id, name, newValue, unit, magnitude, approximate, department, priorValue, note,
                formula, precision);
    }

    public Metric withPriorValue(BigDecimal newPrior) {
        return new Metric(id, name, value, unit, magnitude, approximate, department, newPrior, note,
                formula, precision);
    }
}
