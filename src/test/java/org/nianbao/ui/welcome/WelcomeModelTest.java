package org.nianbao.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.app.ReportsModel;
import org.nianbao.ui.app.UserSettings;
import org.nianbao.ui.outline.OutlineTemplate;
import org.nianbao.ui.session.SessionFixture;

/** The welcome's three ways to begin, without a window. */
class WelcomeModelTest {

    static final String SAMPLE_TITLE = "示例区2023年法治政府建设年度报告";

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private Preferences prefs;
    private ReportsModel reports;
    private int imports;

    @BeforeEach
    void open() {
        // a database whose only report is not the sample (a title of its own)
        fixture = new SessionFixture(folder, Fixtures.smallReport().withTitle("示例区2023年度法治政府建设情况报告"));
        prefs = Preferences.userRoot().node("org/nianbao/test/welcome-model" + ProcessHandle.current().pid());
        reports = new ReportsModel(fixture.session, new UserSettings(prefs));
    }

    @AfterEach
    void close() throws BackingStoreException {
        fixture.close();
        prefs.removeNode();
    }

    private WelcomeModel model(Optional<Report> sample) {
        return new WelcomeModel(fixture.session, reports, () -> {
            imports++;
            return Optional.<CompletableFuture<Report>>empty();
        }, () -> sample);
    }

    @Test
    void theSampleIsStoredWhenThisDatabaseNeverHadItAndOpenedAfterwardsWithoutASecondCopy() {
        WelcomeModel welcome = model(SampleReport.load());

        welcome.openSample();
        assertThat(fixture.session.report().title()).isEqualTo(SAMPLE_TITLE);
        assertThat(fixture.session.report().sections()).hasSize(5);
        assertThat(reports.reports()).hasSize(2);
        long sample = fixture.session.report().id();

        reports.open(fixture.stored.id());
        welcome.openSample();
        assertThat(fixture.session.report().id()).isEqualTo(sample);
        assertThat(reports.reports()).hasSize(2);
    }

    @Test
    void aBuildWithoutTheSampleSaysSoAndKeepsTheReportOpen() {
        model(Optional.empty()).openSample();

        assertThat(fixture.session.statusProperty().get()).isEqualTo(SessionFixture.MESSAGES.get("welcome.noSample"));
        assertThat(fixture.session.report().id()).isEqualTo(fixture.stored.id());
    }

    @Test
    void aNewReportIsForLastYearFromTheOutlineChosen() {
        WelcomeModel welcome = model(Optional.empty());
        assertThat(welcome.outlineProperty().get()).isEqualTo(OutlineTemplate.Kind.FIVE_PARTS);

        welcome.outlineProperty().set(OutlineTemplate.Kind.THREE_PARTS);
        welcome.newReport();

        assertThat(fixture.session.report().year()).isEqualTo(reports.defaultYear());
        assertThat(fixture.session.report().sections()).hasSize(3);
        assertThat(reports.reports()).hasSize(2);
    }

    @Test
    void importingLastYearsReportIsTheWindowsImportAndACancelImportsNothing() {
        WelcomeModel welcome = model(Optional.empty());

        assertThat(welcome.importLastYear()).isEmpty();
        assertThat(imports).isEqualTo(1);
        assertThat(reports.reports()).hasSize(1);
    }
}
