package org.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Output streams that carry Chinese intact. A Windows console reports its code page (GBK) through
 * {@code sun.stdout.encoding}; everywhere else (pipes, files, Linux terminals, CI without a locale)
 * UTF-8 is written, rather than the platform default that turns Chinese into '?' under the C locale.
 */
final class ConsoleStreams {

    private ConsoleStreams() {
    }

    static PrintWriter out() {
        return writer(FileDescriptor.out, "sun.stdout.encoding");
    }

    static PrintWriter err() {
        return writer(FileDescriptor.err, "sun.stderr.encoding");
    }

    private static PrintWriter writer(FileDescriptor fd, String property) {
        String console = System.getProperty(property);
        Charset charset = StandardCharsets.UTF_8;
        if (console != null && Charset.isSupported(console)) {
            charset = Charset.forName(console);
        }
        return new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(fd), charset), true);
    }
}
