package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code /db/migration/V<n>__<name>.sql}, applied in order from the
 * file's PRAGMA user_version to the latest, each in its own transaction together with the new
 * version number, so a crash mid-migration leaves the previous version intact.
 */
final class Migrations {

    /** The migration scripts in order; the list index + 1 is the version each one produces. */
    private static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__review.sql", "V3__collect.sql",
            "V4__export_fonts.sql", "V5__written_numbers.sql", "V6__review_threads.sql",
            "V7__review_fields.sql", "V8__review_crossing.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Brings the file to the latest version. Each step reads the version and applies the next script
     * under the write lock, so two processes opening the same new (or old) file at once never run a
     * script twice: the second waits, then reads the version the first wrote and goes on from there.
     */
    static void migrate(Database db) {
        while (db.inWriteLockedTransaction(Migrations::applyNext)) {
            // one script per transaction: a crash mid-way leaves the previous version intact
        }
    }

    /** Applies the script after the file's version, if any; false when the file is up to date. */
    private static boolean applyNext(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            int current;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                current = rs.next() ? rs.getInt(1) : 0;
            }
            if (current >= latestVersion()) {
                return false;
            }
            int target = current + 1;
            for (String sql : statements(SCRIPTS.get(target - 1))) {
                st.execute(sql);
            }
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + target);
            return true;
        }
    }

    /** Splits a script into statements at semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String code = stripComment(line);
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.stripTrailing().endsWith(";")) {
                out.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }

    private static String stripComment(String line) {
        int dash = line.indexOf("--");
        return dash >= 0 ? line.substring(0, dash) : line;
    }
}
