package org.nianbao.layout.fonts;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the names of the faces in a TrueType/OpenType file or collection: only the table directory,
 * the name table and OS/2, so scanning every installed font stays fast (a CJK collection is 20 MB).
 */
final class SfntNames {

    private static final int TTC = 0x74746366; // 'ttcf'
    private static final int CFF = 0x4F54544F; // 'OTTO'

    private SfntNames() {
    }

    static List<FontFace> read(Path file) throws IOException {
        List<FontFace> faces = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tag = in.readInt();
            if (tag == TTC) {
                in.readInt(); // version
                int count = in.readInt();
                long[] offsets = new long[Math.min(count, 64)];
                for (int i = 0; i < offsets.length; i++) {
                    offsets[i] = in.readInt() & 0xFFFFFFFFL;
                }
                for (int i = 0; i < offsets.length; i++) {
                    faces.add(face(in, file, i, offsets[i]));
                }
            } else {
                faces.add(face(in, file, 0, 0));
            }
        }
        return faces;
    }

    private static FontFace face(RandomAccessFile in, Path file, int index, long at) throws IOException {
        in.seek(at);
        int version = in.readInt();
        int tables = in.readUnsignedShort();
        long name = -1;
        long os2 = -1;
        boolean cffTable = false;
        for (int i = 0; i < tables; i++) {
            in.seek(at + 12 + 16L * i);
            int tag = in.readInt();
            in.readInt();
            long offset = in.readInt() & 0xFFFFFFFFL;
            if (tag == 0x6E616D65) { // 'name'
                name = offset;
            } else if (tag == 0x4F532F32) { // 'OS/2'
                os2 = offset;
            } else if (tag == 0x43464620 || tag == 0x43464632) { // 'CFF ', 'CFF2'
                cffTable = true;
            }
        }
        Set<String> families = new HashSet<>();
        String[] postScript = {""};
        Set<String> styles = new HashSet<>();
        if (name >= 0) {
            names(in, name, families, postScript, styles);
        }
        boolean regular = styles.isEmpty() || styles.stream().anyMatch(
                st -> st.matches("(?i)regular|book|normal|roman|常规|標準|标准|w3"));
        boolean chinese = false;
        if (os2 >= 0) {
            in.seek(os2);
            int os2Version = in.readUnsignedShort();
            if (os2Version >= 1) {
                in.seek(os2 + 78);
                int codePages = in.readInt();
                chinese = (codePages & (1 << 18)) != 0;
            }
        }
        for (String f : families) {
            if (f.contains("CJK") || f.matches(".*[\\u4E00-\\u9FFF].*")) {
                chinese = true;
            }
        }
        return new FontFace(file, index, families, postScript[0], version == CFF || cffTable, chinese, regular);
    }

    private static void names(RandomAccessFile in, long table, Set<String> families, String[] postScript,
                              Set<String> styles) throws IOException {
        in.seek(table);
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        int storage = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.seek(table + 6 + 12L * i);
            int platform = in.readUnsignedShort();
            int encoding = in.readUnsignedShort();
            in.readUnsignedShort(); // language
            int id = in.readUnsignedShort();
            int length = in.readUnsignedShort();
            int offset = in.readUnsignedShort();
            if (id != 1 && id != 2 && id != 6 && id != 16) {
                continue;
            }
            byte[] bytes = new byte[length];
            in.seek(table + storage + offset);
            in.readFully(bytes);
            String value = decode(platform, encoding, bytes);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (id == 2) {
                styles.add(value.strip());
            } else if (id == 6) {
                if (postScript[0].isEmpty()) {
                    postScript[0] = value;
                }
            } else if (id == 1 || id == 16) {
                families.add(value.strip());
            }
        }
    }

    private static String decode(int platform, int encoding, byte[] bytes) {
        if (platform == 0 || platform == 3) {
            if (platform == 3 && encoding == 3) {
                return new String(bytes, Charset.forName("GBK")).replace("\0", "");
            }
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (platform == 1) {
            return new String(bytes, encoding == 25 ? Charset.forName("GBK") : StandardCharsets.ISO_8859_1);
        }
        return null;
    }
}
