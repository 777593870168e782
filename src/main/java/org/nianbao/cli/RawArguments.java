package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line as the shell passed it. Under the C locale Java turns every byte of a Chinese file
 * name into U+FFFD before the program sees it; on Linux the bytes are still in /proc/self/cmdline, so
 * a message can name the file the officer typed instead of a row of question marks.
 */
final class RawArguments {

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private RawArguments() {
    }

    /** The argument Java decoded as {@code garbled}, read as UTF-8; {@code garbled} when not found. */
    static String readable(String garbled) {
        if (garbled.indexOf('\uFFFD') < 0) {
            return garbled;
        }
        try {
            byte[] all = Files.readAllBytes(CMDLINE);
            int start = 0;
            for (int i = 0; i <= all.length; i++) {
                if (i == all.length || all[i] == 0) {
                    if (asciiOnly(all, start, i).equals(garbled)) {
                        return new String(all, start, i - start, StandardCharsets.UTF_8);
                    }
                    start = i + 1;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no /proc here: the decoded name is all there is
        }
        return garbled;
    }

    /** The bytes as Java decodes them under the C locale: ASCII kept, every other byte U+FFFD. */
    private static String asciiOnly(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(bytes[i] >= 0 ? (char) bytes[i] : '\uFFFD');
        }
        return sb.toString();
    }
}
