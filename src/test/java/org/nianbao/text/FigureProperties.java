package org.nianbao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nianbao.model.Magnitude;

/** Formatting a figure and parsing it back gives the same figure, and the scanner finds it in prose. */
class FigureProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999999"))
                .ofScale(0).flatMap(v -> Arbitraries.integers().between(0, 4).map(v::movePointLeft));
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", "人", "件", "宗", "个", "项", "次", "人次", "户", "期", "份", "条", "元", "%", "个百分点");
    }

    @Property
    void formattingThenParsingGivesTheSameFigure(@ForAll("values") BigDecimal value, @ForAll Magnitude magnitude,
                                                 @ForAll boolean approximate, @ForAll("units") String unit,
                                                 @ForAll boolean grouping) {
        Figure f = FigureScanner.parse(FigureFormat.format(value, magnitude, approximate, unit, grouping));
        assertThat(f.value()).isEqualTo(value); // equal value and equal scale
        assertThat(f.magnitude()).isEqualTo(magnitude);
        assertThat(f.approximate()).isEqualTo(approximate);
        assertThat(f.unit()).isEqualTo(unit);
    }

    @Property
    void theScannerFindsAFormattedFigureInProseAtItsOffsets(@ForAll("values") BigDecimal value,
                                                           @ForAll Magnitude magnitude, @ForAll("units") String unit) {
        String figure = FigureFormat.format(value, magnitude, false, unit, false);
        // a bare 12000 or 110 reads as a hotline's name (12345, 110), which the scanner leaves out
        Assume.that(!figure.matches("110|119|120|122|12[0-9]{3}|96[0-9]{3}"));
        String text = "全年共办理" + figure + "，较好完成任务。";
        List<Figure> found = FigureScanner.scan(text);
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(figure);
        assertThat(found.get(0).amount()).isEqualByComparingTo(value.multiply(magnitude.factor()));
    }
}
