package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanShiftTest {

    private static final String CHECKED = "受理40件，审结36件。";

    @Test
    void anUnchangedTextKeepsEverySpan() {
        assertThat(new SpanShift(CHECKED, CHECKED).startOf(2, 5)).contains(2);
        assertThat(new SpanShift(CHECKED, CHECKED).startOf(8, 12)).as("a span at the very end").contains(8);
    }

    @Test
    void textTypedBeforeASpanMovesItByTheTypedLength() {
        SpanShift shift = new SpanShift(CHECKED, "据统计，" + CHECKED);
        assertThat(shift.startOf(2, 5)).contains(6);
        assertThat(shift.startOf(8, 11)).contains(12);
    }

    @Test
    void textTypedAfterASpanLeavesItWhereItIs() {
        assertThat(new SpanShift(CHECKED, CHECKED + "另有").startOf(8, 11)).contains(8);
    }

    @Test
    void aSpanTheEditTouchedHasNoPlaceUntilTheNextCheck() {
        SpanShift shift = new SpanShift(CHECKED, "受理140件，审结36件。");
        assertThat(shift.startOf(2, 5)).isEmpty();
        assertThat(shift.startOf(8, 11)).contains(9);
    }

    @Test
    void aDigitTypedRightAfterAFigureMakesAnotherFigure() {
        assertThat(new SpanShift(CHECKED, "受理40件，审结365件。").startOf(8, 11)).isEmpty();
    }

    @Test
    void aDeletionBeforeASpanMovesItBack() {
        assertThat(new SpanShift(CHECKED, CHECKED.substring(1)).startOf(8, 11)).contains(7);
    }
}
