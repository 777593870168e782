package org.nianbao.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Decodes a text file without asking the officer for its encoding. Notepad and WPS save UTF-8
 * (with or without BOM), GBK/GB18030 ("ANSI" on a Chinese Windows) or UTF-16 with BOM ("Unicode").
 * UTF-8 is tried strictly first: a GBK file practically never decodes as valid UTF-8.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int MAX_STRAY_CONTROLS = 2;

    private TextDecoder() {
    }

    /** @param notices told (in one line) how many characters were dropped or replaced, and where */
    static String decode(byte[] bytes, Path file, Consumer<String> notices) {
        String text = decodeCharacters(bytes).orElseThrow(() -> looksBinary(bytes)
                ? ImportErrors.binary(file) : ImportErrors.undecodable(file));
        return withoutStrayControls(text, file, notices);
    }

    /** Whether the bytes are plausibly text (used to tell a text file misnamed .docx). */
    static boolean isText(byte[] bytes) {
        Optional<String> text = decodeCharacters(bytes);
        return text.isPresent() && countControls(text.get()) <= allowedControls(text.get());
    }

    private static Optional<String> decodeCharacters(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        return utf8.isPresent() ? utf8 : strict(GB18030, bytes, 0);
    }

    /** A NUL byte never occurs in UTF-8 or GB18030 text but is everywhere in images and archives. */
    private static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * A few control characters slip into real text (a vertical tab from a Word line break, a form
     * feed): they become line breaks. Many of them mean the bytes are not text at all. U+FFFE, U+FFFF
     * and unpaired surrogates are valid UTF-8 or UTF-16 yet no document can hold them (XML forbids
     * them): they are dropped. Either way the officer is told how many and on which lines.
     */
    private static String withoutStrayControls(String text, Path file, Consumer<String> notices) {
        int controls = countControls(text);
        if (controls > allowedControls(text)) {
            throw ImportErrors.binary(file);
        }
        StringBuilder sb = new StringBuilder(text.length());
        Set<Integer> lines = new TreeSet<>();
        int changed = 0;
        int line = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (isControl(c) || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                if (isControl(c)) {
                    sb.append('\n');
                }
                changed++;
                lines.add(line);
            } else {
                sb.append(c);
            }
        }
        if (changed > 0) {
            notices.accept(ImportErrors.droppedCharacters(file, changed, lines));
        }
        return sb.toString();
    }

    private static int allowedControls(String text) {
        return Math.max(MAX_STRAY_CONTROLS, text.length() / 1000);
    }

    private static int countControls(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F
                || (c >= 0x80 && c < 0xA0) || c == '\uFFFD';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
