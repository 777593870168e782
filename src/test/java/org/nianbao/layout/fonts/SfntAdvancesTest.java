package org.nianbao.layout.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.nianbao.layout.FontRole;

/** The widths read from the metric tables alone are fontbox's, for every character the layout measures. */
class SfntAdvancesTest {

    @Test
    void everyInstalledRoleFaceGivesFontboxsAdvancesBelowU3000() throws Exception {
        InstalledFonts fonts = InstalledFonts.system();
        Set<FontFace> faces = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) {
            fonts.choice(role).ifPresent(c -> faces.add(c.face()));
        }
        assumeTrue(!faces.isEmpty(), "no fonts installed: nothing to compare");
        for (FontFace face : faces) {
            SfntAdvances ours = SfntAdvances.read(face);
            TrueTypeFont theirs = fonts.load(face);
            int measured = 0;
            for (char c = 0x20; c < 0x3000; c++) {
                int gid = theirs.getUnicodeCmapLookup().getGlyphId(c);
                if (gid <= 0) {
                    assertThat(ours.em(c)).as(face.family() + " U+%04X", (int) c).isNaN();
                } else {
                    double expected = theirs.getAdvanceWidth(gid) / (double) theirs.getUnitsPerEm();
                    assertThat(ours.em(c)).as(face.family() + " U+%04X", (int) c).isEqualTo(expected);
                    measured++;
                }
            }
            assertThat(measured).as(face.family()).isGreaterThan(90); // at least ASCII
        }
    }
}
