package org.nianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.CommentFollowUp;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.model.ReviewStatus;
import org.nianbao.model.Section;

/**
 * The reviewers' round trip in the store (issue 12): what each export wrote, and the changes and
 * comments of returned files until the officer decides. Each method that changes something is one
 * transaction; accepting a change writes the section and the decision together.
 */
public final class ReviewRecords {

    private final Database db;

    ReviewRecords(Database db) {
        this.db = db;
    }

    // ---- export snapshots ------------------------------------------------------------------------

    /** Records one export: the row and every section's text, in one transaction. */
    public void saveSnapshot(ExportSnapshot snapshot) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO export_snapshot (id, report_id, exported_at) VALUES (?, ?, ?)")) {
                ps.setString(1, snapshot.exportId());
                ps.setLong(2, snapshot.reportId());
                ps.setString(3, snapshot.exportedAt().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO export_section_text (export_id, position, section_id, text) VALUES (?, ?, ?, ?)")) {
                int position = 0;
                for (ExportSnapshot.SectionText s : snapshot.sections()) {
                    ps.setString(1, snapshot.exportId());
                    ps.setInt(2, position++);
                    ps.setLong(3, s.sectionId());
                    ps.setString(4, s.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO carried_comment (export_id, para_id, item_id, author, made_at, text) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ExportSnapshot.CarriedComment carried : snapshot.carried()) {
                    ps.setString(1, snapshot.exportId());
                    ps.setString(2, carried.paraId());
                    ps.setLong(3, carried.itemId());
                    ps.setString(4, carried.author());
                    ps.setString(5, carried.date());
                    ps.setString(6, carried.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO export_field_text (export_id, field, text) VALUES (?, ?, ?)")) {
                for (Map.Entry<ReportField, String> field : snapshot.fields().entrySet()) {
                    ps.setString(1, snapshot.exportId());
                    ps.setString(2, field.getKey().name());
                    ps.setString(3, field.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public Optional<ExportSnapshot> snapshot(String exportId) {
        return db.read(c -> loadSnapshot(c, "SELECT id, report_id, exported_at FROM export_snapshot WHERE id = ?",
                ps -> ps.setString(1, exportId)));
    }

    /** The report's most recent export, for a returned file that lost its properties. */
    public Optional<ExportSnapshot> latestSnapshot(long reportId) {
        return db.read(c -> loadSnapshot(c, """
                SELECT id, report_id, exported_at FROM export_snapshot WHERE report_id = ?
                ORDER BY exported_at DESC, rowid DESC LIMIT 1""", ps -> ps.setLong(1, reportId)));
    }

    /** How many exports of the report are recorded (its history). */
    public int snapshotCount(long reportId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM export_snapshot WHERE report_id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static Optional<ExportSnapshot> loadSnapshot(Connection c, String sql, Binder binder) throws SQLException {
        String id;
        long reportId;
        Instant at;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getString("id");
                reportId = rs.getLong("report_id");
                at = Instant.parse(rs.getString("exported_at"));
            }
        }
        List<ExportSnapshot.SectionText> sections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT section_id, text FROM export_section_text WHERE export_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sections.add(new ExportSnapshot.SectionText(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        List<ExportSnapshot.CarriedComment> carried = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT para_id, item_id, author, made_at, text FROM carried_comment WHERE export_id = ? ORDER BY rowid")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    carried.add(new ExportSnapshot.CarriedComment(rs.getLong(2), rs.getString(1), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        Map<ReportField, String> fields = new EnumMap<>(ReportField.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT field, text FROM export_field_text WHERE export_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fields.put(ReportField.valueOf(rs.getString(1)), rs.getString(2));
                }
            }
        }
        return Optional.of(new ExportSnapshot(id, reportId, at, sections, carried, fields));
    }

    // ---- returned files --------------------------------------------------------------------------

    /** The file already read for this report (same content), if any. */
    public Optional<ReviewImport> findImport(long reportId, String fileHash) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM review_import WHERE report_id = ? AND file_hash = ?")) {
                ps.setLong(1, reportId);
                ps.setString(2, fileHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(importRow(rs)) : Optional.<ReviewImport>empty();
                }
            }
        }).map(this::withItems);
    }

    /** Every returned file of the report, oldest first, with its items. */
    public List<ReviewImport> imports(long reportId) {
        List<ReviewImport> rows = db.read(c -> {
            List<ReviewImport> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM review_import WHERE report_id = ? ORDER BY id")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(importRow(rs));
                    }
                }
            }
            return out;
        });
        return rows.stream().map(this::withItems).toList();
    }

    /**
     * Stores a returned file and its items in one transaction; returns it with ids set. The same
     * content a second time returns the stored one and adds nothing.
     */
    public ReviewImport insertImport(ReviewImport imported) {
        return insertImport(imported, List.of());
    }

    /**
     * Stores a returned file as {@link #insertImport(ReviewImport)} does, and in the same transaction
     * what it adds to comments stored before (carried back by an export): a done flag marks the
     * comment; each reply joins the comment's file after its last item, on the comment's anchor,
     * unless the comment already has that reply (same author, date and text).
     */
    public ReviewImport insertImport(ReviewImport imported, List<CommentFollowUp> followUps) {
        Optional<ReviewImport> existing = findImport(imported.reportId(), imported.fileHash());
        if (existing.isPresent()) {
            return existing.get();
        }
        return db.inTransaction(c -> {
            for (CommentFollowUp followUp : followUps) {
                followUp(c, followUp);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO review_import (report_id, export_id, file_hash, file_name, imported_at)
                    VALUES (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, imported.reportId());
                ps.setString(2, imported.exportId());
                ps.setString(3, imported.fileHash());
                ps.setString(4, imported.fileName());
                ps.setString(5, imported.importedAt().toString());
                ps.executeUpdate();
                id = Sql.generatedKey(ps);
            }
            List<ReviewItem> items = new ArrayList<>();
            for (ReviewItem item : imported.items()) {
                items.add(item.withId(insertItem(c, id, item)));
            }
            return imported.withId(id).withItems(items);
        });
    }

    private static void followUp(Connection c, CommentFollowUp followUp) throws SQLException {
        if (followUp.done()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_item SET done = 1 WHERE id = ?")) {
                ps.setLong(1, followUp.commentId());
                ps.executeUpdate();
            }
        }
        for (ReviewItem reply : followUp.replies()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO review_item (import_id, position, kind, section_id, start_at, end_at, old_text, new_text,
                        author, initials, made_at, tracked, parent_at, done, status, field)
                    SELECT k.import_id, (SELECT max(position) + 1 FROM review_item WHERE import_id = k.import_id),
                        k.kind, k.section_id, k.start_at, k.end_at, k.old_text, ?, ?, ?, ?, 1, k.position, ?, 'PENDING', k.field
                    FROM review_item k WHERE k.id = ? AND NOT EXISTS (
                        SELECT 1 FROM review_item r WHERE r.import_id = k.import_id AND r.parent_at = k.position
                            AND r.kind = k.kind AND r.author = ? AND r.made_at = ? AND r.new_text = ?)""")) {
                int i = 1;
                ps.setString(i++, reply.newText());
                ps.setString(i++, reply.author());
                ps.setString(i++, reply.initials());
                ps.setString(i++, reply.date());
                ps.setBoolean(i++, reply.done());
                ps.setLong(i++, followUp.commentId());
                ps.setString(i++, reply.author());
                ps.setString(i++, reply.date());
                ps.setString(i, reply.newText());
                ps.executeUpdate();
            }
        }
    }

    /** A reply typed by the officer to a comment; stored with the comment's file, after its last item. */
    public ReviewItem addReply(long importId, ReviewItem reply) {
        return db.inTransaction(c -> {
            int position;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(position) + 1, 0) FROM review_item WHERE import_id = ?")) {
                ps.setLong(1, importId);
                try (ResultSet rs = ps.executeQuery()) {
                    position = rs.next() ? rs.getInt(1) : 0;
                }
            }
            ReviewItem placed = reply.withPosition(position);
            return placed.withId(insertItem(c, importId, placed));
        });
    }

    /**
     * Records a decision on items and writes the sections it changes, all in one transaction: an
     * accept writes the changed sections with ACCEPTED; its undo writes the old sections back with
     * PENDING; a reject writes no section.
     */
    public void decide(List<Long> itemIds, ReviewStatus status, List<Section> changedSections) {
        decide(itemIds, status, changedSections, null);
    }

    /**
     * As {@link #decide(List, ReviewStatus, List)}, also writing the report's own fields (title,
     * issuers, date…) from {@code fields} when it is not null: a change on the title accepted or undone.
     */
    public void decide(List<Long> itemIds, ReviewStatus status, List<Section> changedSections, Report fields) {
        db.inTransaction(c -> {
            ReportWriter writer = new ReportWriter(c);
            if (fields != null) {
                writer.updateFields(fields);
            }
            for (Section s : changedSections) {
                writer.updateSection(s);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_item SET status = ? WHERE id = ?")) {
                for (long id : itemIds) {
                    ps.setString(1, status.name());
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Marks a comment resolved (or open again). */
    public void setDone(long itemId, boolean done) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_item SET done = ? WHERE id = ?")) {
                ps.setBoolean(1, done);
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static long insertItem(Connection c, long importId, ReviewItem item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO review_item (import_id, position, kind, section_id, start_at, end_at, old_text, new_text,
                    author, initials, made_at, tracked, parent_at, done, status, field, crosses_into)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setLong(i++, importId);
            ps.setInt(i++, item.position());
            ps.setString(i++, item.kind().name());
            if (item.sectionId() == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setLong(i++, item.sectionId());
            }
            ps.setInt(i++, item.start());
            ps.setInt(i++, item.end());
            ps.setString(i++, item.oldText());
            ps.setString(i++, item.newText());
            ps.setString(i++, item.author());
            ps.setString(i++, item.initials());
            ps.setString(i++, item.date());
            ps.setBoolean(i++, item.tracked());
            Sql.setInteger(ps, i++, item.parentPosition());
            ps.setBoolean(i++, item.done());
            ps.setString(i++, item.status().name());
            ps.setString(i++, item.field() == null ? null : item.field().name());
            ps.setString(i, item.crossesInto());
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    private static ReportField field(String name) {
        return name == null ? null : ReportField.valueOf(name);
    }

    private static ReviewImport importRow(ResultSet rs) throws SQLException {
        return new ReviewImport(rs.getLong("id"), rs.getLong("report_id"), rs.getString("export_id"),
                rs.getString("file_hash"), rs.getString("file_name"), Instant.parse(rs.getString("imported_at")),
                List.of());
    }

    private ReviewImport withItems(ReviewImport imported) {
        List<ReviewItem> items = db.read(c -> {
            List<ReviewItem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM review_item WHERE import_id = ? ORDER BY position")) {
                ps.setLong(1, imported.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long section = rs.getLong("section_id");
                        Long sectionId = rs.wasNull() ? null : section;
                        out.add(new ReviewItem(rs.getLong("id"), rs.getInt("position"),
                                ReviewKind.valueOf(rs.getString("kind")), sectionId, rs.getInt("start_at"),
                                rs.getInt("end_at"), rs.getString("old_text"), rs.getString("new_text"),
                                rs.getString("author"), rs.getString("initials"), rs.getString("made_at"),
                                rs.getBoolean("tracked"), Sql.integer(rs, "parent_at"), rs.getBoolean("done"),
                                ReviewStatus.valueOf(rs.getString("status")), field(rs.getString("field")),
                                rs.getString("crosses_into")));
                    }
                }
            }
            return out;
        });
        return imported.withItems(items);
    }
}
