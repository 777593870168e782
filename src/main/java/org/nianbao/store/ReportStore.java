package org.nianbao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Attachment;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Metric;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/**
 * The reports in one SQLite file. Every method that changes something is one transaction, so each
 * edit the officer makes is on disk when the method returns, and a crash loses at most the edit
 * being made.
 */
public final class ReportStore implements AutoCloseable {

    private final Database db;

    private ReportStore(Database db) {
        this.db = db;
    }

    /**
     * Opens (creating when absent) a database. A file that is not a Nianbao database, or whose schema
     * is newer than this version knows, is refused and left untouched; a read-only file opens for
     * reading ({@link #isReadOnly()}).
     */
    public static ReportStore open(Path file) {
        return new ReportStore(Database.open(file));
    }

    public Path file() {
        return db.file();
    }

    /** True when the file can be read but not written: every change method then refuses. */
    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /** Export snapshots and returned reviewers' files (issue 12). */
    public ReviewRecords reviews() {
        return new ReviewRecords(db);
    }

    /** The collection round (departments, value history, material) kept in the same file. */
    public CollectionStore collection() {
        return new CollectionStore(db);
    }

    public List<ReportSummary> list() {
        return db.read(c -> new ReportReader(c).list());
    }

    public Optional<Report> find(long id) {
        return db.read(c -> new ReportReader(c).load(id));
    }

    /** The report, or a {@link BadInputException} naming the id that does not exist. */
    public Report load(long id) {
        return find(id).orElseThrow(() -> new BadInputException(
                "数据库中没有编号为 " + id + " 的报告", "no report with id " + id + " in " + db.file()));
    }

    /** Stores a new report with all its parts in one transaction; returns it with ids set. */
    public Report insert(Report report) {
        return db.inTransaction(c -> new ReportWriter(c).insert(report));
    }

    /** Saves the report's own fields: title, year, issuers, 主送机关, date, preamble, export settings. */
    public void updateFields(Report report) {
        db.inTransaction(c -> {
            new ReportWriter(c).updateFields(report);
            return null;
        });
    }

    public void deleteReport(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM report WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * "New report from last year's": a copy of the whole report for a new year, in one transaction.
     * The title's year follows; the date is cleared (the new one is not signed yet); each count's value
     * becomes its prior-year value and the new value is left empty to be collected, and derived figures
     * are left to be recomputed. Sections, text and problem items are copied as they are, so the
     * checker can point at the stale years left in the prose.
     */
    public Report copyToYear(long id, int newYear) {
        return db.inTransaction(c -> {
            Report old = new ReportReader(c).load(id).orElseThrow(() -> new BadInputException(
                    "数据库中没有编号为 " + id + " 的报告", "no report with id " + id));
            Report next = YearCopy.of(old, newYear);
            return new ReportWriter(c).insert(next);
        });
    }

    // ---- sections --------------------------------------------------------------------------------

    /** Saves a section's heading, style, role and paragraphs (its children are saved on their own). */
    public void updateSection(Section section) {
        requireId(section.id(), "section");
        db.inTransaction(c -> {
            new ReportWriter(c).updateSection(section);
            return null;
        });
    }

    /**
     * Inserts a section (with its subtree) under a parent (null for a level-1 part) at a 0-based
     * position among its siblings; later siblings move down one. Returns the section with ids set.
     */
    public Section insertSection(long reportId, Long parentId, int position, Section section) {
        return db.inTransaction(c -> {
            int level = parentId == null ? 1 : SectionTree.level(c, parentId) + 1;
            SectionTree.requireFits(level + height(section) - 1);
            SectionTree.shift(c, reportId, parentId, position, +1);
            return new ReportWriter(c).insertSection(reportId, parentId, position, section);
        });
    }

    /** Deletes a section and its subtree; later siblings move up one. */
    public void deleteSection(long sectionId) {
        db.inTransaction(c -> {
            SectionTree.Place place = SectionTree.place(c, sectionId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM section WHERE id = ?")) {
                ps.setLong(1, sectionId);
                ps.executeUpdate();
            }
            SectionTree.shift(c, place.reportId(), place.parentId(), place.position() + 1, -1);
            SectionTree.forgetWrittenNumbers(c, place.reportId(), place.parentId());
            return null;
        });
    }

    /**
     * Moves a section (with its subtree) under a new parent (null: make it a level-1 part) at a
     * 0-based position among the new siblings, as they are once the section has left its old place.
     * Refuses a move into its own subtree or below level 4.
     */
    public void moveSection(long sectionId, Long newParentId, int newPosition) {
        db.inTransaction(c -> {
            SectionTree.move(c, sectionId, newParentId, newPosition);
            return null;
        });
    }

    private static int height(Section s) {
        return 1 + s.children().stream().mapToInt(ReportStore::height).max().orElse(0);
    }

    // ---- metrics, problems, attachments ---------------------------------------------------------

    /** Inserts (id null) or updates a metric. A second metric with the same name is refused. */
    public Metric saveMetric(long reportId, Metric metric) {
        requireUniqueName(reportId, metric);
        return save("metric", reportId, metric, metric.id(), ReportWriter::insertMetric, ReportWriter::updateMetric);
    }

    private void requireUniqueName(long reportId, Metric metric) {
        boolean taken = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM metric WHERE report_id = ? AND name = ? AND id IS NOT ?")) {
                ps.setLong(1, reportId);
                ps.setString(2, metric.name());
                if (metric.id() == null) {
                    ps.setNull(3, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(3, metric.id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (taken) {
            throw new BadInputException("指标名称“" + metric.name() + "”已存在，请换一个名称",
                    "a metric named " + metric.name() + " already exists");
        }
    }

    /** Inserts a metric at a 0-based place in the list; later metrics move down one. */
    public Metric insertMetric(long reportId, int position, Metric metric) {
        requireUniqueName(reportId, metric.withId(null));
        return insertAt("metric", reportId, position, metric, ReportWriter::insertMetric);
    }

    /** Moves a metric to a 0-based place in the list, the others closing up around it. */
    public void moveMetric(long metricId, int position) {
        moveInList("metric", metricId, position);
    }

    public void deleteMetric(long metricId) {
        deleteRow("metric", metricId);
    }

    /** Inserts (id null, at the end of the list) or updates a problem item. */
    public ProblemItem saveProblem(long reportId, ProblemItem item) {
        return save("problem_item", reportId, item, item.id(), ReportWriter::insertProblem, ReportWriter::updateProblem);
    }

    /** Inserts a problem item at a 0-based place in the list; later items move down one. */
    public ProblemItem insertProblem(long reportId, int position, ProblemItem item) {
        return insertAt("problem_item", reportId, position, item, ReportWriter::insertProblem);
    }

    public void moveProblem(long problemId, int position) {
        moveInList("problem_item", problemId, position);
    }

    public void deleteProblem(long problemId) {
        deleteRow("problem_item", problemId);
    }

    /** Inserts (id null) or updates an attachment. */
    public Attachment saveAttachment(long reportId, Attachment attachment) {
        return save("attachment", reportId, attachment, attachment.id(), ReportWriter::insertAttachment,
                ReportWriter::updateAttachment);
    }

    /** Inserts an attachment at a 0-based place in the list; later ones move down one. */
    public Attachment insertAttachment(long reportId, int position, Attachment attachment) {
        return insertAt("attachment", reportId, position, attachment, ReportWriter::insertAttachment);
    }

    public void moveAttachment(long attachmentId, int position) {
        moveInList("attachment", attachmentId, position);
    }

    public void deleteAttachment(long attachmentId) {
        deleteRow("attachment", attachmentId);
    }

    @FunctionalInterface
    private interface Insert<T> {
        T insert(ReportWriter writer, long reportId, int position, T value) throws SQLException;
    }

    @FunctionalInterface
    private interface Update<T> {
        void update(ReportWriter writer, T value) throws SQLException;
    }

    /** Inserts a value without an id at the end of its list, or updates the stored one, in one transaction. */
    private <T> T save(String table, long reportId, T value, Long id, Insert<T> insert, Update<T> update) {
        if (id == null) {
            return insertAt(table, reportId, Integer.MAX_VALUE, value, insert);
        }
        return db.inTransaction(c -> {
            update.update(new ReportWriter(c), value);
            return value;
        });
    }

    /** Inserts a row at a place in its report's list, in one transaction with the shift of the rows after it. */
    private <T> T insertAt(String table, long reportId, int position, T value, Insert<T> insert) {
        return db.inTransaction(c -> {
            int at = Math.max(0, Math.min(position, nextPosition(c, table, reportId)));
            ListPositions.shift(c, table, reportId, at, +1);
            return insert.insert(new ReportWriter(c), reportId, at, value);
        });
    }

    private void moveInList(String table, long id, int position) {
        db.inTransaction(c -> {
            ListPositions.move(c, table, id, position);
            return null;
        });
    }

    /** Deletes a row of a report's list and closes the gap, so positions stay the list's indexes. */
    private void deleteRow(String table, long id) {
        db.inTransaction(c -> {
            ListPositions.remove(c, table, id);
            return null;
        });
    }

    private static int nextPosition(Connection c, String table, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(position) + 1, 0) FROM " + table + " WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void requireId(Long id, String what) {
        if (id == null) {
            throw new IllegalArgumentException(what + " is not stored yet");
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
