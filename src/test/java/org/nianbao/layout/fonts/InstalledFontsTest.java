package org.nianbao.layout.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.layout.FontRole;

/** Fonts found by family name, substitutes named, metrics from the font files. */
class InstalledFontsTest {

    @Test
    void everyChineseRoleGetsAFaceAndTheSubstitutesAreNamed() {
        InstalledFonts fonts = InstalledFonts.system();
        assumeTrue(fonts.hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        for (FontRole role : FontRole.values()) {
            if (role.chinese()) {
                assertThat(fonts.choice(role)).as(role.name()).isPresent();
                assertThat(fonts.choice(role).get().face().chinese()).isTrue();
            }
        }
        boolean fangsongInstalled = fonts.faces().stream().anyMatch(f -> f.hasFamily("仿宋_GB2312"));
        assertThat(fonts.choice(FontRole.BODY).get().substituted()).isEqualTo(!fangsongInstalled);
        if (!fangsongInstalled) {
            assertThat(fonts.substitutions()).anyMatch(s -> s.startsWith("仿宋_GB2312 → "));
        }
    }

    @Test
    void aSansRoleGetsASansFaceWhereOneIsInstalled() {
        InstalledFonts fonts = InstalledFonts.system();
        assumeTrue(fonts.faces().stream().anyMatch(f -> f.hasFamily("Noto Sans CJK SC")), "Noto Sans CJK not installed");
        assumeTrue(fonts.faces().stream().noneMatch(f -> f.hasFamily("黑体") || f.hasFamily("SimHei")), "黑体 installed");
        assertThat(fonts.choice(FontRole.HEADING_1).get().face().hasFamily("Noto Sans CJK SC")).isTrue();
    }

    @Test
    void noChineseFontMeansNoChoiceForTheChineseRoles(@TempDir Path empty) {
        InstalledFonts fonts = new InstalledFonts(InstalledFonts.scan(List.of(empty)));
        assertThat(fonts.hasChinese()).isFalse();
        assertThat(fonts.choice(FontRole.BODY)).isEmpty();
    }

    @Test
    void digitsAreMeasuredFromTheLatinFace() {
        InstalledFonts fonts = InstalledFonts.system();
        assumeTrue(fonts.choice(FontRole.LATIN).isPresent(), "no Latin serif installed");
        FontWidths widths = new FontWidths(fonts);
        double digit = widths.em(FontRole.LATIN, '2');
        assertThat(digit).isBetween(0.4, 0.7);
        assertThat(widths.em(FontRole.LATIN, 'i')).isLessThan(widths.em(FontRole.LATIN, 'W'));
        assertThat(widths.em(FontRole.BODY, '法')).isEqualTo(1.0);
    }
}
