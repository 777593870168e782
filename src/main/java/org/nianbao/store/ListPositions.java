package org.nianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Positions of a report's flat lists (metrics, problem items, attachments) kept dense, 0 to n−1, so
 * a position is the row's index in the list the window shows and an insert or a move at an index is
 * one statement away. Table names come from the store's own code, never from input.
 */
final class ListPositions {

    private record Place(long reportId, int position) {
    }

    private ListPositions() {
    }

    private static Place place(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT report_id, position FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row " + id + " in " + table);
                }
                return new Place(rs.getLong(1), rs.getInt(2));
            }
        }
    }

    /** Adds delta to the positions of a report's rows from a position on. */
    static void shift(Connection c, String table, long reportId, int from, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + table + " SET position = position + ? WHERE report_id = ? AND position >= ?")) {
            ps.setInt(1, delta);
            ps.setLong(2, reportId);
            ps.setInt(3, from);
            ps.executeUpdate();
        }
    }

    static void remove(Connection c, String table, long id) throws SQLException {
        Place place = place(c, table, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        shift(c, table, place.reportId(), place.position() + 1, -1);
    }

    /** Moves a row to a position among the others as they stand once it has left its place. */
    static void move(Connection c, String table, long id, int position) throws SQLException {
        Place from = place(c, table, id);
        shift(c, table, from.reportId(), from.position() + 1, -1);
        int last;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) - 1 FROM " + table + " WHERE report_id = ? AND id <> ?")) {
            ps.setLong(1, from.reportId());
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                last = rs.next() ? rs.getInt(1) + 1 : 0;
            }
        }
        int to = Math.max(0, Math.min(position, last));
        shift(c, table, from.reportId(), to, +1);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
            ps.setInt(1, to);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }
}
