package org.nianbao.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log set up in code (issue 10, start-up) keeps what logback.xml promised. */
class LogConfiguratorTest {

    @TempDir
    Path dir;

    @Test
    void warningsAndErrorsGoToTheFileOneLineEachAndInfoDoesNot() throws Exception {
        Path log = dir.resolve("nianbao.log");
        // a logger tree of its own: an anonymous logger's parent is the root, so a named child of it stands in
        Logger root = Logger.getAnonymousLogger();
        root.setUseParentHandlers(false);
        LogConfigurator.logTo(root, log);
        assertThat(log).doesNotExist(); // nothing logged yet: no file

        Logger poi = Logger.getAnonymousLogger();
        poi.setParent(root);
        poi.info("only information");
        Logger cli = Logger.getAnonymousLogger();
        cli.setParent(root);
        cli.warning("a warning");
        cli.log(java.util.logging.Level.SEVERE, "unexpected failure", new IllegalStateException("boom"));

        String text = Files.readString(log);
        assertThat(text).doesNotContain("only information");
        assertThat(text).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} WARN  null - a warning\n");
        assertThat(text).contains("ERROR null - unexpected failure").contains("IllegalStateException: boom");
    }

    @Test
    void slf4jWritesThroughTheJdksLoggingUnderItsLoggersName() throws Exception {
        Path log = dir.resolve("slf4j.log");
        Logger named = Logger.getLogger("org.nianbao.files.LogConfiguratorTest.slf4j");
        named.setUseParentHandlers(false);
        LogConfigurator.logTo(named, log);
        org.slf4j.LoggerFactory.getLogger("org.nianbao.files.LogConfiguratorTest.slf4j.Child").warn("数字 {} 不对", 218);
        assertThat(Files.readString(log))
                .contains(" WARN  org.nianbao.files.LogConfiguratorTest.slf4j.Child - 数字 218 不对\n");
    }

    @Test
    void aFolderThatCannotHoldTheLogDoesNotStopTheWork() {
        Logger root = Logger.getAnonymousLogger();
        root.setUseParentHandlers(false);
        LogConfigurator.logTo(root, dir.resolve("no-such-folder").resolve("nianbao.log"));
        root.severe("still running");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }
}
