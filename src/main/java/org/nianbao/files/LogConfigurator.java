package org.nianbao.files;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.file.Path;

/**
 * The log, set up in code rather than by logback.xml: logback's XML reader costs a fifth of a second
 * of CPU at every start, on the thread that opens the database beside the window (issue 10). The
 * same rules as before: nothing on the console (the command line promises one clear line on stderr
 * for bad input), warnings and errors (ours and POI's, bridged from Log4j) to a file for support,
 * {@code $NIANBAO_LOG} or {@code nianbao.log} in the temporary folder.
 *
 * <p>A {@code logback.configurationFile} given on the command line, or a {@code logback-test.xml}
 * (the tests' console log), still wins: then logback reads its XML as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{ISO8601} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        logTo(context, file());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Warnings and errors of every logger to the file, one line each, nothing elsewhere. */
    static void logTo(LoggerContext context, Path target) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(target.toString());
        file.setEncoder(encoder);
        file.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
    }

    /** {@code $NIANBAO_LOG}, else {@code nianbao.log} in the temporary folder. */
    public static Path file() {
        String configured = System.getenv("NIANBAO_LOG");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "nianbao.log");
    }
}
