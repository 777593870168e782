package org.nianbao.layout.fonts;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.nianbao.layout.FontRole;
import org.nianbao.layout.GlyphWidths;

/**
 * Widths measured from the installed faces (hmtx), as Word measures them: digits and Latin letters at
 * their own widths. Full-width characters are one em in every Chinese face; a character a face lacks,
 * or a role without a face, falls back to {@link GlyphWidths#fixed()}. Measured once a character, from
 * the face's metric tables alone ({@link SfntAdvances}), so laying out pages loads no outlines.
 */
public final class FontWidths implements GlyphWidths {

    /** Characters below this are cached in an array per role. */
    private static final int CACHED = 0x3000;

    private final InstalledFonts fonts;
    private final Map<FontRole, float[]> cache = new EnumMap<>(FontRole.class);
    private final GlyphWidths fallback = GlyphWidths.fixed();
    private final Map<FontRole, Optional<SfntAdvances>> faces = new EnumMap<>(FontRole.class);

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
        Optional<SfntAdvances> face = face(role);
        double em = face.isPresent() ? face.get().em(ch) : Double.NaN;
        return Double.isNaN(em) ? fixed : em;
    }

    private synchronized Optional<SfntAdvances> face(FontRole role) {
        return faces.computeIfAbsent(role, r -> fonts.choice(r).flatMap(choice -> {
            try {
                return Optional.of(SfntAdvances.read(choice.face()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // an unreadable face: the fixed widths stand in
            }
        }));
    }
}
