package org.nianbao.files;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log set up in code (issue 10, start-up) keeps what logback.xml promised. */
class LogConfiguratorTest {

    @TempDir
    Path dir;

    @Test
    void warningsAndErrorsGoToTheFileOneLineEachAndInfoDoesNot() throws Exception {
        Path log = dir.resolve("nianbao.log");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's provider does
        LogConfigurator.logTo(context, log);
        context.getLogger("org.apache.poi.Some").info("only information");
        context.getLogger("org.nianbao.cli.NianbaoCli").warn("a warning");
        context.getLogger("org.nianbao.cli.NianbaoCli").error("unexpected failure", new IllegalStateException("boom"));
        context.stop();

        String text = Files.readString(log);
        assertThat(text).doesNotContain("only information");
        assertThat(text).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} WARN  org\\.nianbao\\.cli\\.NianbaoCli - a warning\n");
        assertThat(text).contains("ERROR org.nianbao.cli.NianbaoCli - unexpected failure").contains("IllegalStateException: boom");
    }

    @Test
    void logbackFindsItAndLetsTheTestsXmlWin() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogConfigurator.class);
        // the tests' class path has logback-test.xml (a console log): logback then reads it as before
        assertThat(new LogConfigurator().configure(new LoggerContext()))
                .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
