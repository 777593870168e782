package org.nianbao.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The parts of a returned .docx that hold the review, read with the importer's caution: an OLE2
 * wrapper (encrypted, or an old .doc) is named, a package that expands far beyond its size is
 * refused before it fills memory, and only the few parts needed are kept.
 */
final class ReturnedPackage {

    static final String DOCUMENT = "word/document.xml";
    static final String COMMENTS = "word/comments.xml";
    static final String COMMENTS_EXTENDED = "word/commentsExtended.xml";
    static final String CUSTOM = "docProps/custom.xml";
    private static final Set<String> WANTED = Set.of(DOCUMENT, COMMENTS, COMMENTS_EXTENDED, CUSTOM);

    /** A report of 100 pages is a few MB; 80 MB is far beyond any real one. */
    static final long MAX_FILE_BYTES = 80L * 1024 * 1024;
    /** Text XML packs about 10:1; a package expanding over 100 times its size (and over 20 MB) is a bomb. */
    private static final long MAX_RATIO = 100;
    private static final long MIN_BOMB_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Map<String, byte[]> parts;

    private ReturnedPackage(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    byte[] part(String name) {
        return parts.get(name);
    }

    static ReturnedPackage read(byte[] bytes, Path file) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw ReviewErrors.tooLarge(file);
        }
        if (startsWith(bytes, OLE2)) {
            throw containsUtf16(bytes, "EncryptedPackage") ? ReviewErrors.encrypted(file) : ReviewErrors.legacyDoc(file);
        }
        if (!startsWith(bytes, ZIP)) {
            throw ReviewErrors.notDocx(file);
        }
        long limit = Math.max(MIN_BOMB_BYTES, bytes.length * MAX_RATIO);
        long expanded = 0;
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                boolean keep = WANTED.contains(entry.getName());
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > limit) {
                        throw ReviewErrors.zipBomb(file);
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    parts.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw ReviewErrors.damaged(file, e);
        } catch (IOException e) {
            throw ReviewErrors.damaged(file, e);
        }
        if (!parts.containsKey(DOCUMENT)) {
            throw ReviewErrors.notDocx(file);
        }
        return new ReturnedPackage(parts);
    }

    static InputStream stream(byte[] part) {
        return new ByteArrayInputStream(part);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An encrypted .docx is an OLE2 file with a stream named EncryptedPackage (names are UTF-16LE). */
    private static boolean containsUtf16(byte[] bytes, String name) {
        byte[] needle = name.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
