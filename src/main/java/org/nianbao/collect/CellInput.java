package org.nianbao.collect;

import java.math.BigDecimal;

/** A value cell as the department left it, before it is understood as a figure. */
sealed interface CellInput {

    /** Nothing typed. */
    record Blank() implements CellInput {
    }

    /** A number cell; Excel keeps it as a double, read back by its shortest decimal form. */
    record Number(BigDecimal value) implements CellInput {
    }

    /** Text: a number typed as text, "1,234", full-width digits, "约300", "1234件"… */
    record Text(String text) implements CellInput {
    }

    /** A formula with the result Excel or WPS last computed (null when it had none or an error). */
    record Formula(String formula, BigDecimal result) implements CellInput {
    }
}
