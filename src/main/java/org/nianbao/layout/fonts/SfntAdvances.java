package org.nianbao.layout.fonts;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;

/**
 * The advance widths of a face, read from its head, hhea, hmtx and cmap tables only. The layout needs
 * no more than that, and fontbox's full parse of a CJK collection costs about half a second and 180 MB
 * of heap a face, which the command line's check (a 256 MB process) cannot spend on a few widths.
 */
final class SfntAdvances {

    private static final int TTC = 0x74746366; // 'ttcf'

    private final int unitsPerEm;
    private final int[] advances;
    /** The chosen cmap subtable (format 4 or 12), from its format field on. */
    private final ByteBuffer cmap;

    private SfntAdvances(int unitsPerEm, int[] advances, ByteBuffer cmap) {
        this.unitsPerEm = unitsPerEm;
        this.advances = advances;
        this.cmap = cmap;
    }

    static SfntAdvances read(FontFace face) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(face.file().toFile(), "r")) {
            long at = 0;
            if (in.readInt() == TTC) {
                in.seek(12 + 4L * face.index());
                at = in.readInt() & 0xFFFFFFFFL;
            }
            in.seek(at + 4);
            int tables = in.readUnsignedShort();
            ByteBuffer head = null;
            ByteBuffer hhea = null;
            ByteBuffer hmtx = null;
            ByteBuffer cmap = null;
            for (int i = 0; i < tables; i++) {
                in.seek(at + 12 + 16L * i);
                int tag = in.readInt();
                in.readInt(); // checksum
                long offset = in.readInt() & 0xFFFFFFFFL;
                long length = in.readInt() & 0xFFFFFFFFL;
                switch (tag) {
                    case 0x68656164 -> head = table(in, offset, length); // 'head'
                    case 0x68686561 -> hhea = table(in, offset, length); // 'hhea'
                    case 0x686D7478 -> hmtx = table(in, offset, length); // 'hmtx'
                    case 0x636D6170 -> cmap = table(in, offset, length); // 'cmap'
                    default -> { }
                }
            }
            if (head == null || hhea == null || hmtx == null || cmap == null) {
                throw new IOException("not a complete font: " + face.file());
            }
            int metrics = hhea.getShort(34) & 0xFFFF;
            int[] advances = new int[Math.min(metrics, hmtx.capacity() / 4)];
            for (int g = 0; g < advances.length; g++) {
                advances[g] = hmtx.getShort(4 * g) & 0xFFFF;
            }
            return new SfntAdvances(head.getShort(18) & 0xFFFF, advances, unicodeSubtable(cmap, face));
        }
    }

    private static ByteBuffer table(RandomAccessFile in, long offset, long length) throws IOException {
        if (length > 64L << 20) {
            throw new IOException("table too large");
        }
        byte[] bytes = new byte[(int) length];
        in.seek(offset);
        in.readFully(bytes);
        return ByteBuffer.wrap(bytes);
    }

    /** The full-repertoire Unicode subtable (format 12) where there is one, else the BMP one (format 4). */
    private static ByteBuffer unicodeSubtable(ByteBuffer cmap, FontFace face) throws IOException {
        int count = cmap.getShort(2) & 0xFFFF;
        ByteBuffer bmp = null;
        for (int i = 0; i < count; i++) {
            int platform = cmap.getShort(4 + 8 * i) & 0xFFFF;
            int encoding = cmap.getShort(6 + 8 * i) & 0xFFFF;
            int offset = cmap.getInt(8 + 8 * i);
            if (offset < 0 || offset >= cmap.capacity() || !(platform == 0 || platform == 3 && (encoding == 1 || encoding == 10))) {
                continue;
            }
            int format = cmap.getShort(offset) & 0xFFFF;
            ByteBuffer sub = cmap.duplicate().position(offset).slice();
            if (format == 12) {
                return sub;
            }
            if (format == 4 && bmp == null) {
                bmp = sub;
            }
        }
        if (bmp == null) {
            throw new IOException("no Unicode cmap in " + face.file());
        }
        return bmp;
    }

    /** The advance of {@code ch} in em, or NaN when the face has no glyph for it. */
    double em(char ch) {
        int glyph = glyph(ch);
        if (glyph <= 0 || advances.length == 0 || unitsPerEm == 0) {
            return Double.NaN;
        }
        // glyphs past numberOfHMetrics share the last advance (monospaced tails)
        return advances[Math.min(glyph, advances.length - 1)] / (double) unitsPerEm;
    }

    private int glyph(char ch) {
        return (cmap.getShort(0) & 0xFFFF) == 12 ? format12(ch) : format4(ch);
    }

    private int format12(int code) {
        long groups = cmap.getInt(12) & 0xFFFFFFFFL;
        long lo = 0;
        long hi = groups - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            int at = (int) (16 + 12 * mid);
            long start = cmap.getInt(at) & 0xFFFFFFFFL;
            long end = cmap.getInt(at + 4) & 0xFFFFFFFFL;
            if (code < start) {
                hi = mid - 1;
            } else if (code > end) {
                lo = mid + 1;
            } else {
                return (int) ((cmap.getInt(at + 8) & 0xFFFFFFFFL) + code - start);
            }
        }
        return 0;
    }

    private int format4(int code) {
        int segments = (cmap.getShort(6) & 0xFFFF) / 2;
        int ends = 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = cmap.getShort(ends + 2 * s) & 0xFFFF;
            if (code > end) {
                continue;
            }
            int start = cmap.getShort(starts + 2 * s) & 0xFFFF;
            if (code < start) {
                return 0;
            }
            int delta = cmap.getShort(deltas + 2 * s);
            int rangeOffset = cmap.getShort(rangeOffsets + 2 * s) & 0xFFFF;
            if (rangeOffset == 0) {
                return (code + delta) & 0xFFFF;
            }
            int at = rangeOffsets + 2 * s + rangeOffset + 2 * (code - start);
            int glyph = at + 1 < cmap.capacity() ? cmap.getShort(at) & 0xFFFF : 0;
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }
        return 0;
    }
}
