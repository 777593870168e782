package org.nianbao.layout.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.nianbao.layout.fonts.FontFace;

/**
 * The font file an OFD embeds for an installed face. An OFD font names one file and no face inside
 * it, so a face of a collection (.ttc: SimSun, Noto CJK) must be a file of its own, or a reader takes
 * the collection's first face (for Noto CJK the Japanese one). A face with TrueType outlines (the
 * Windows faces of the official format) is cut down to the characters printed, as the PDF's subsets
 * are; a face with PostScript (CFF) outlines, which fontbox cannot subset, is copied whole.
 */
final class FontFiles {

    /**
     * The tables a subset keeps: outlines, metrics, the cmap (OFD text is Unicode) and names, and the
     * hinting. Without a list fontbox copies every other table whole: the embedded bitmaps of SimSun or
     * AR PL UMing (EBDT/EBLC, 2.9 MB of UMing's 3.4 MB subset), vertical metrics, OpenType layout.
     */
    static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name",
            "OS/2", "post", "cvt ", "prep", "fpgm", "gasp");

    private FontFiles() {
    }

    /** Writes the file to embed for {@code face} into {@code folder}; the characters printed in it are {@code used}. */
    static Path write(FontFace face, TrueTypeFont font, Set<Integer> used, Path folder) throws IOException {
        String name = face.postScriptName().replaceAll("[^A-Za-z0-9_-]", "_");
        if (!face.cff()) {
            Path file = folder.resolve(name + ".ttf");
            TTFSubsetter subsetter = new TTFSubsetter(font, SUBSET_TABLES);
            subsetter.addAll(used);
            try (OutputStream out = Files.newOutputStream(file)) {
                subsetter.writeToStream(out);
            }
            return file;
        }
        Path file = folder.resolve(name + ".otf");
        try (FileChannel in = FileChannel.open(face.file(), StandardOpenOption.READ)) {
            ByteBuffer tag = read(in, 0, 4);
            if (tag.getInt(0) != 0x74746366) { // 'ttcf': a single font file is embedded as it is
                Files.copy(face.file(), file);
                return file;
            }
            long offset = Integer.toUnsignedLong(read(in, 12 + 4L * face.index(), 4).getInt(0));
            writeFace(in, offset, file);
        }
        return file;
    }

    /**
     * The face at {@code offset} of a collection as a font file of its own: its table directory with
     * the tables' new places, then the tables (a collection's faces share tables, each gets a copy).
     */
    private static void writeFace(FileChannel in, long offset, Path file) throws IOException {
        ByteBuffer header = read(in, offset, 12);
        int tables = Short.toUnsignedInt(header.getShort(4));
        ByteBuffer records = read(in, offset + 12, 16 * tables);
        ByteBuffer directory = ByteBuffer.allocate(12 + 16 * tables);
        directory.put(header.array());
        long at = directory.capacity();
        for (int i = 0; i < tables; i++) {
            long length = Integer.toUnsignedLong(records.getInt(16 * i + 12));
            directory.putInt(records.getInt(16 * i)).putInt(records.getInt(16 * i + 4)).putInt((int) at)
                    .putInt((int) length);
            at += (length + 3) & ~3L;
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(directory.flip());
            for (int i = 0; i < tables; i++) {
                long from = Integer.toUnsignedLong(records.getInt(16 * i + 8));
                long length = Integer.toUnsignedLong(records.getInt(16 * i + 12));
                long copied = 0;
                while (copied < length) {
                    long n = in.transferTo(from + copied, length - copied, out);
                    if (n <= 0) {
                        throw new IOException("font file ends early");
                    }
                    copied += n;
                }
                int pad = (int) (((length + 3) & ~3L) - length);
                out.write(ByteBuffer.allocate(pad));
            }
        }
    }

    private static ByteBuffer read(FileChannel in, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("font file ends early");
            }
        }
        return buffer.flip();
    }
}
