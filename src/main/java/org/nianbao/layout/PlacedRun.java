package org.nianbao.layout;

/**
 * A run of text on a page in one face and size: where each character starts, and where the text
 * came from. Lengths in points, from the top left corner of the page; {@code baseline} is the y of
 * the characters' baseline.
 *
 * @param x     the left edge of each character of {@code text}
 * @param width the advance of the last character (so the run ends at {@code x[last] + width})
 * @param color RGB, black or the red of the header block
 */
public record PlacedRun(FontRole font, double size, String text, double[] x, double width, double baseline,
                        int color, TextLocation location) {

    public double left() {
        return x.length == 0 ? 0 : x[0];
    }

    public double right() {
        return x.length == 0 ? 0 : x[x.length - 1] + width;
    }

    /** The character under {@code px}, or -1 when it lies outside the run. */
    public int charAt(double px) {
        if (x.length == 0 || px < x[0] || px > right()) {
            return -1;
        }
        for (int i = x.length - 1; i >= 0; i--) {
            if (px >= x[i]) {
                return i;
            }
        }
        return 0;
    }
}
