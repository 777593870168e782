package org.nianbao.layout.fonts;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.nianbao.layout.FontRole;
import org.nianbao.layout.GlyphWidths;

/**
 * Widths measured from the installed faces (hmtx), as Word measures them: digits and Latin letters at
 * their own widths. Full-width characters are one em in every Chinese face; a character a face lacks,
 * or a role without a face, falls back to {@link GlyphWidths#fixed()}. Measured once a character.
 */
public final class FontWidths implements GlyphWidths {

    /** Characters below this are cached in an array per role. */
    private static final int CACHED = 0x3000;

    private final InstalledFonts fonts;
    private final Map<FontRole, float[]> cache = new EnumMap<>(FontRole.class);
    private final GlyphWidths fallback = GlyphWidths.fixed();

    public FontWidths(InstalledFonts fonts) {
        this.fonts = fonts;
        for (FontRole role : FontRole.values()) {
            float[] widths = new float[CACHED];
            java.util.Arrays.fill(widths, Float.NaN);
            cache.put(role, widths);
        }
    }

    @Override
    public double em(FontRole role, char ch) {
        if (ch >= CACHED) {
            return fallback.em(role, ch);
        }
        float[] widths = cache.get(role);
        float w = widths[ch];
        if (Float.isNaN(w)) {
            w = (float) measure(role, ch);
            widths[ch] = w; // a benign race: two threads measure the same width
        }
        return w;
    }

    private double measure(FontRole role, char ch) {
        double fixed = fallback.em(role, ch);
        if (fixed == 1.0) {
            return fixed;
        }
        var choice = fonts.choice(role);
        if (choice.isEmpty()) {
            return fixed;
        }
        try {
            TrueTypeFont font = fonts.load(choice.get().face());
            int gid = font.getUnicodeCmapLookup().getGlyphId(ch);
            if (gid <= 0) {
                return fixed;
            }
            return font.getAdvanceWidth(gid) / (double) font.getUnitsPerEm();
        } catch (IOException | RuntimeException e) {
            return fixed;
        }
    }
}
