package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.ReviewImport;

/** A database at version 6 (review threads, no fields) gains the review fields and keeps its returned files. */
class ReviewFieldsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSixDatabaseKeepsItsSnapshotsAndItems() throws Exception {
        Path db = dir.resolve("v6.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (int version = 1; version <= 6; version++) {
                String script = switch (version) {
                    case 1 -> "V1__initial.sql";
                    case 2 -> "V2__review.sql";
                    case 3 -> "V3__collect.sql";
                    case 4 -> "V4__export_fonts.sql";
                    case 5 -> "V5__written_numbers.sql";
                    default -> "V6__review_threads.sql";
                };
                for (String sql : Migrations.statements(script)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = 6");
            st.execute("INSERT INTO report (year, title) VALUES (2023, '示例区2023年法治政府建设年度报告')");
            st.execute("INSERT INTO export_snapshot (id, report_id, exported_at) VALUES ('e1', 1, '2024-02-01T08:00:00Z')");
            st.execute("INSERT INTO review_import (report_id, export_id, file_hash, file_name, imported_at)"
                    + " VALUES (1, 'e1', 'ab', '返回.docx', '2024-02-03T09:00:00Z')");
            st.execute("INSERT INTO review_item (import_id, position, kind, start_at, end_at, old_text, new_text, author)"
                    + " VALUES (1, 0, 'REPLACEMENT', 5, 9, '年度报告', '情况报告', '李审核')");
        }
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.reviews().snapshot("e1").orElseThrow().fields()).isEmpty();
            ReviewImport imported = store.reviews().imports(1).get(0);
            assertThat(imported.items()).singleElement().satisfies(i -> {
                assertThat(i.field()).as("outside the sections, as before").isNull();
                assertThat(i.newText()).isEqualTo("情况报告");
            });
        }
    }
}
