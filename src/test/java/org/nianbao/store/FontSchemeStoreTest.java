package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.FontScheme;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;

/** 字体方案 is kept with the report; a database of the first schema gets it with the default. */
class FontSchemeStoreTest {

    @TempDir
    Path dir;

    @Test
    void theSchemeIsStoredChangedAndCopiedToNextYear() {
        try (ReportStore store = ReportStore.open(dir.resolve("n.db"))) {
            Report r = Fixtures.smallReport();
            Report stored = store.insert(r.withSettings(r.settings().withFontScheme(FontScheme.WINDOWS)));
            assertThat(store.load(stored.id()).settings().fontScheme()).isEqualTo(FontScheme.WINDOWS);
            store.updateFields(stored.withSettings(stored.settings().withFontScheme(FontScheme.TEMPLATE)));
            assertThat(store.load(stored.id()).settings().fontScheme()).isEqualTo(FontScheme.TEMPLATE);
            Report next = store.copyToYear(stored.id(), stored.year() + 1);
            assertThat(store.load(next.id()).settings().fontScheme()).isEqualTo(FontScheme.TEMPLATE);
        }
    }

    @Test
    void aDatabaseOfTheFirstSchemaKeepsItsReportsAndExportsThemInGb2312Faces() throws Exception {
        Path file = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : Migrations.statements("V1__initial.sql")) {
                st.execute(sql);
            }
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO report (year, title) VALUES (2023, '示例区2023年法治政府建设年度报告')");
        }
        try (ReportStore store = ReportStore.open(file)) {
            Report old = store.list().stream().map(s -> store.load(s.id())).findFirst().orElseThrow();
            assertThat(old.title()).isEqualTo("示例区2023年法治政府建设年度报告");
            assertThat(old.settings().fontScheme()).isEqualTo(FontScheme.GB2312);
        }
    }
}
