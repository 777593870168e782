package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;

/** A database at version 7 gains where a crossing change runs into, and keeps its returned files. */
class ReviewCrossingMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSevenDatabaseKeepsItsItemsAndStoresACrossingChange() throws Exception {
        Path db = dir.resolve("v7.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String script : List.of("V1__initial.sql", "V2__review.sql", "V3__collect.sql", "V4__export_fonts.sql",
                    "V5__written_numbers.sql", "V6__review_threads.sql", "V7__review_fields.sql")) {
                for (String sql : Migrations.statements(script)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = 7");
            st.execute("INSERT INTO report (year, title) VALUES (2023, '示例区2023年法治政府建设年度报告')");
            st.execute("INSERT INTO review_import (report_id, export_id, file_hash, file_name, imported_at)"
                    + " VALUES (1, NULL, 'ab', '返回.docx', '2024-02-03T09:00:00Z')");
            st.execute("INSERT INTO review_item (import_id, position, kind, start_at, end_at, old_text, new_text, author, field)"
                    + " VALUES (1, 0, 'REPLACEMENT', 5, 9, '年度报告', '情况报告', '李审核', 'TITLE')");
        }
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.reviews().imports(1).get(0).items()).singleElement()
                    .satisfies(i -> assertThat(i.crossesInto()).as("within one place, as before").isNull());
            ReviewItem crossing = new ReviewItem(null, 0, ReviewKind.DELETION, 3L, 20, 30, "参训干部860人次。\n（二）化解", "",
                    "李审核", "", "", true, null, false, null, null, "（二）化解行政争议");
            ReviewImport stored = store.reviews().insertImport(new ReviewImport(null, 1, null, "cd", "二审.docx",
                    Instant.parse("2024-02-04T09:00:00Z"), List.of(crossing)));
            assertThat(store.reviews().imports(1)).filteredOn(i -> i.id().equals(stored.id())).singleElement()
                    .satisfies(i -> assertThat(i.items().get(0).crossesInto()).isEqualTo("（二）化解行政争议"));
        }
    }
}
