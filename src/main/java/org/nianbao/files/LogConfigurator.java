package org.nianbao.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The log: SLF4J over the JDK's own logging (java.util.logging, which JavaFX loads anyway), set up in code.
 * Logback took 490 classes and a fifth of a second of CPU at every start, beside the window's first frame
 * (issue 10). The same rules as before: nothing on the console (the command line promises one clear line on
 * stderr for bad input), warnings and errors (ours, POI's bridged from Log4j, JavaFX's) to a file for
 * support, {@code $NIANBAO_LOG} or {@code nianbao.log} in the temporary folder, one line each as
 * {@code 2026-11-30 20:45:01,123 WARN  logger - message}, then the stack trace if any.
 *
 * <p>A {@code java.util.logging.config.file} given on the command line (the tests' console log) wins.
 */
public final class LogConfigurator {

    private static volatile boolean installed;

    private LogConfigurator() {
    }

    /** Sets the log up once per process (the launcher, before anything logs). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        logTo(LogManager.getLogManager().getLogger(""), file());
    }

    /** Warnings and errors of every logger under {@code root} to the file, one line each, nothing elsewhere. */
    static void logTo(Logger root, Path target) {
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h); // the JDK's console handler
        }
        root.setLevel(Level.WARNING);
        root.addHandler(new FileLines(target));
    }

    /** {@code $NIANBAO_LOG}, else {@code nianbao.log} in the temporary folder. */
    public static Path file() {
        String configured = System.getenv("NIANBAO_LOG");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "nianbao.log");
    }

    /** Appends each record to the file, opened on the first record (most runs log nothing), flushed at once. */
    private static final class FileLines extends StreamHandler {
        private final Path target;
        private boolean opened;

        FileLines(Path target) {
            this.target = target;
            setFormatter(new Line());
            try {
                setEncoding(StandardCharsets.UTF_8.name());
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e); // UTF-8 is always there
            }
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            // not isLoggable(): StreamHandler's says no while there is no stream yet
            if (record == null || record.getLevel().intValue() < getLevel().intValue()) {
                return;
            }
            if (!opened) {
                opened = true;
                try {
                    OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    setOutputStream(out);
                } catch (IOException | UncheckedIOException | SecurityException e) {
                    return; // a log that cannot be written must not stop the work
                }
            }
            super.publish(record);
            flush();
        }
    }

    /** Logback's old pattern: {@code %d{ISO8601} %-5level %logger - %msg%n} and the stack trace. */
    static final class Line extends Formatter {
        /** Made at the first record, not when the log is set up: java.time's formatting is 50 classes at start. */
        private static final class Time {
            static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
                    .withZone(ZoneId.systemDefault());
        }

        @Override
        public String format(LogRecord record) {
            StringBuilder out = new StringBuilder(120);
            out.append(Time.FORMAT.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(String.format("%-5s", level(record.getLevel()))).append(' ')
                    .append(record.getLoggerName()).append(" - ").append(formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                out.append(trace);
            }
            return out.toString();
        }

        private static String level(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARN";
            }
            return level.intValue() >= Level.INFO.intValue() ? "INFO" : "DEBUG";
        }
    }
}
