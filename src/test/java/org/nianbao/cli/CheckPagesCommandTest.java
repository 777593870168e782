package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;

/** Issue 11: `check` reports what the pages break, as the window's checks do (compose.PageAwareCheck). */
class CheckPagesCommandTest {

    @TempDir
    Path dir;

    private static Report lastYears(int times) {
        Report now = Fixtures.smallReport();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            sections.addAll(now.sections());
        }
        return now.withYear(2022).withTitle(now.title().replace("2023", "2022")).withSections(sections);
    }

    /** Stores last year's report (the small report's sections {@code times} over) and this year's; this year's id. */
    private long store(Path db, int times) {
        try (ReportStore store = ReportStore.open(db)) {
            store.insert(lastYears(times));
            return store.insert(Fixtures.smallReport()).id();
        }
    }

    @Test
    void aPageCountFarFromLastYearsIsReportedAsInformationAndLeavesTheExitCodeAlone() {
        Path db = dir.resolve("n.db");
        long id = store(db, 6);
        CliRun run = CliRun.of("--db", db.toString(), "check", String.valueOf(id));
        assertThat(run.out()).as(run.err()).contains("篇幅变化较大").containsPattern("本年报告 \\d+ 页，上年 \\d+ 页");
        Path single = dir.resolve("alone.db");
        long only;
        try (ReportStore store = ReportStore.open(single)) {
            only = store.insert(Fixtures.smallReport()).id();
        }
        CliRun alone = CliRun.of("--db", single.toString(), "check", String.valueOf(only));
        assertThat(run.exitCode()).isEqualTo(alone.exitCode());
        assertThat(alone.out()).doesNotContain("上年");
    }

    @Test
    void jsonCarriesThePageFindingWithItsRuleAndSeverity() {
        Path db = dir.resolve("n.db");
        long id = store(db, 6);
        CliRun run = CliRun.of("--db", db.toString(), "check", String.valueOf(id), "--json");
        assertThat(run.out()).as(run.err()).contains("\"rule\": \"page.page_count_far_from_last_year\"", "\"severity\": \"info\"",
                "篇幅变化较大");
    }

    @Test
    void lastYearsReportOfAboutTheSameLengthGivesNoPageFinding() {
        Path db = dir.resolve("n.db");
        long id = store(db, 1);
        CliRun run = CliRun.of("--db", db.toString(), "check", String.valueOf(id), "--json");
        assertThat(run.out()).as(run.err()).doesNotContain("page.");
    }
}
