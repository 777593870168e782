package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.nianbao.model.Magnitude;

/** Formatting a figure and parsing it back gives the same figure, and the scanner finds it in prose. */
class FigureProperties {

    /** Up to twelve digits with up to four decimals. */
    static Gen<BigDecimal> values() {
        return longs().between(0, 999_999_999_999L).zip(integers().between(0, 4),
                (unscaled, decimals) -> BigDecimal.valueOf(unscaled).movePointLeft(decimals));
    }

    static Gen<String> units() {
        return arbitrary().pick("", "人", "件", "宗", "个", "项", "次", "人次", "户", "期", "份", "条", "元", "%", "个百分点");
    }

    @Test
    void formattingThenParsingGivesTheSameFigure() {
        qt().forAll(values(), arbitrary().enumValues(Magnitude.class), integers().between(0, 3), units())
                .checkAssert((value, magnitude, flags, unit) -> {
                    boolean approximate = (flags & 1) != 0;
                    boolean grouping = (flags & 2) != 0;
                    Figure f = FigureScanner.parse(FigureFormat.format(value, magnitude, approximate, unit, grouping));
                    assertThat(f.value()).isEqualTo(value); // equal value and equal scale
                    assertThat(f.magnitude()).isEqualTo(magnitude);
                    assertThat(f.approximate()).isEqualTo(approximate);
                    assertThat(f.unit()).isEqualTo(unit);
                });
    }

    @Test
    void theScannerFindsAFormattedFigureInProseAtItsOffsets() {
        qt().forAll(values(), arbitrary().enumValues(Magnitude.class), units()).checkAssert((value, magnitude, unit) -> {
            String figure = FigureFormat.format(value, magnitude, false, unit, false);
            if (FigureScanner.isServiceNumber(figure)) {
                return; // a bare 12345 or 110 is a hotline's name, which the scanner leaves out
            }
            String text = "全年共办理" + figure + "，较好完成任务。";
            List<Figure> found = FigureScanner.scan(text);
            assertThat(found).hasSize(1);
            assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(figure);
            assertThat(found.get(0).amount()).isEqualByComparingTo(value.multiply(magnitude.factor()));
        });
    }
}
