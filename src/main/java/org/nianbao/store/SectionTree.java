package org.nianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Section;

/** Tree arithmetic on the section table: levels, sibling positions, moves. */
final class SectionTree {

    record Place(long reportId, Long parentId, int position) {
    }

    private SectionTree() {
    }

    static Place place(Connection c, long sectionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT report_id, parent_id, position FROM section WHERE id = ?")) {
            ps.setLong(1, sectionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no section " + sectionId);
                }
                long parent = rs.getLong(2);
                Long parentId = rs.wasNull() ? null : parent;
                return new Place(rs.getLong(1), parentId, rs.getInt(3));
            }
        }
    }

    /** 1 for a level-1 part, 2 for its children… */
    static int level(Connection c, long sectionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT id, parent_id, 1 FROM section WHERE id = ?
                    UNION ALL SELECT s.id, s.parent_id, up.depth + 1 FROM section s JOIN up ON s.id = up.parent_id)
                SELECT max(depth) FROM up""")) {
            ps.setLong(1, sectionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Levels below and including the section: 1 for a leaf. */
    static int height(Connection c, long sectionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                WITH RECURSIVE down(id, depth) AS (
                    SELECT id, 1 FROM section WHERE id = ?
                    UNION ALL SELECT s.id, down.depth + 1 FROM section s JOIN down ON s.parent_id = down.id)
                SELECT max(depth) FROM down""")) {
            ps.setLong(1, sectionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static boolean isInSubtree(Connection c, long candidate, long root) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                WITH RECURSIVE down(id) AS (
                    SELECT id FROM section WHERE id = ?
                    UNION ALL SELECT s.id FROM section s JOIN down ON s.parent_id = down.id)
                SELECT 1 FROM down WHERE id = ?""")) {
            ps.setLong(1, root);
            ps.setLong(2, candidate);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void requireFits(int deepestLevel) {
        if (deepestLevel > Section.MAX_LEVEL) {
            throw new BadInputException("标题层级最多四级（一、（一）1.（1）），无法再降级",
                    "headings go four levels deep at most");
        }
    }

    /** Adds delta to the position of the siblings under a parent from a position on. */
    static void shift(Connection c, long reportId, Long parentId, int fromPosition, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE section SET position = position + ? WHERE report_id = ? AND parent_id IS ? AND position >= ?")) {
            ps.setInt(1, delta);
            ps.setLong(2, reportId);
            setParent(ps, 3, parentId);
            ps.setInt(4, fromPosition);
            ps.executeUpdate();
        }
    }

    static void move(Connection c, long sectionId, Long newParentId, int newPosition) throws SQLException {
        Place from = place(c, sectionId);
        if (newParentId != null) {
            if (isInSubtree(c, newParentId, sectionId)) {
                throw new BadInputException("不能把标题移到它自己的下级中", "cannot move a section into itself");
            }
            requireFits(level(c, newParentId) + height(c, sectionId));
        } else {
            requireFits(height(c, sectionId));
        }
        shift(c, from.reportId(), from.parentId(), from.position() + 1, -1);
        shift(c, from.reportId(), newParentId, newPosition, +1);
        try (PreparedStatement ps = c.prepareStatement("UPDATE section SET parent_id = ?, position = ? WHERE id = ?")) {
            setParent(ps, 1, newParentId);
            ps.setInt(2, newPosition);
            ps.setLong(3, sectionId);
            ps.executeUpdate();
        }
        forgetWrittenNumbers(c, from.reportId(), from.parentId());
        forgetWrittenNumbers(c, from.reportId(), newParentId);
    }

    /**
     * The officer rearranged a level (moved a heading into, out of or within it, or deleted one): the
     * numbers the imported file wrote there no longer say where its headings belong, and compared
     * with the new order they would report gaps that are the officer's doing (decision 0015). Other
     * levels keep theirs.
     */
    static void forgetWrittenNumbers(Connection c, long reportId, Long parentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE section SET written_marker = NULL, written_line = NULL,"
                + " written_in_word = NULL WHERE report_id = ? AND parent_id IS ?")) {
            ps.setLong(1, reportId);
            setParent(ps, 2, parentId);
            ps.executeUpdate();
        }
    }

    private static void setParent(PreparedStatement ps, int index, Long parentId) throws SQLException {
        if (parentId == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, parentId);
        }
    }
}
