package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Department;
import org.nianbao.model.Report;

/** A database of the first schema version gains the collection tables and keeps its reports. */
class CollectMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseIsMigratedWithItsReportIntact() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String sql : Migrations.statements("V1__initial.sql")) {
                st.execute(sql);
            }
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO report (year, title) VALUES (2022, '示例区2022年法治政府建设年度报告')");
            st.execute("INSERT INTO metric (report_id, position, name, value, department) VALUES (1, 0, '受理信访事项', '1180', '区信访局')");
        }
        try (ReportStore store = ReportStore.open(db)) {
            Report old = store.load(1);
            assertThat(old.metrics()).singleElement().satisfies(m -> assertThat(m.department()).isEqualTo("区信访局"));
            assertThat(store.collection().departments(1)).isEmpty();
            store.collection().addDepartments(1, List.of(Department.of("区信访局", "", "", "")));
            assertThat(store.collection().departments(1)).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latestVersion());
        }
    }
}
