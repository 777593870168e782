package org.nianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.WrittenNumber;

/** Writes model values into rows, inside a transaction the caller holds. */
final class ReportWriter {

    private final Connection c;

    ReportWriter(Connection c) {
        this.c = c;
    }

    /** Inserts a whole report; returns it with every id set. */
    Report insert(Report report) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO report (year, title) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, report.year());
            ps.setString(2, report.title());
            ps.executeUpdate();
            id = Sql.generatedKey(ps);
        }
        Report stored = report.withId(id);
        updateFields(stored);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < report.sections().size(); i++) {
            sections.add(insertSection(id, null, i, report.sections().get(i)));
        }
        List<Metric> metrics = new ArrayList<>();
        for (int i = 0; i < report.metrics().size(); i++) {
            metrics.add(insertMetric(id, i, report.metrics().get(i)));
        }
        List<ProblemItem> problems = new ArrayList<>();
        for (int i = 0; i < report.problems().size(); i++) {
            problems.add(insertProblem(id, i, report.problems().get(i)));
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < report.attachments().size(); i++) {
            attachments.add(insertAttachment(id, i, report.attachments().get(i)));
        }
        return stored.withSections(sections).withMetrics(metrics).withProblems(problems)
                .withAttachments(attachments);
    }

    /** Writes the report's own fields, issuers, preamble and export settings. */
    void updateFields(Report r) throws SQLException {
        ExportSettings s = r.settings();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE report SET year = ?, title = ?, recipient = ?, issued_on = ?, template_path = ?,
                    sealed = ?, problem_layout = ?, bold_headings = ?, header_enabled = ?, header_mark = ?,
                    header_number = ?, header_signer = ?, header_letterhead = ?, end_enabled = ?,
                    end_copy_to = ?, end_printed_by = ?, end_print_date = ?, font_scheme = ?,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')
                WHERE id = ?""")) {
            int i = 1;
            ps.setInt(i++, r.year());
            ps.setString(i++, r.title());
            ps.setString(i++, r.recipient());
            Sql.setDate(ps, i++, r.date());
            ps.setString(i++, s.templatePath());
            ps.setBoolean(i++, s.sealed());
            ps.setString(i++, s.problemLayout().name());
            ps.setBoolean(i++, s.boldHeadings());
            ps.setBoolean(i++, s.headerEnabled());
            ps.setString(i++, s.header().issuerMark());
            ps.setString(i++, s.header().documentNumber());
            ps.setString(i++, s.header().signer());
            ps.setBoolean(i++, s.header().letterheadPaper());
            ps.setBoolean(i++, s.endEnabled());
            ps.setString(i++, s.end().copyTo());
            ps.setString(i++, s.end().printedBy());
            Sql.setDate(ps, i++, s.end().printDate());
            ps.setString(i++, s.fontScheme().name());
            ps.setLong(i, r.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no report " + r.id());
            }
        }
        replaceList("issuer", "report_id", "name", r.id(), r.issuers());
        replaceList("preamble_paragraph", "report_id", "text", r.id(),
                r.preamble().stream().map(Paragraph::text).toList());
    }

    private void replaceList(String table, String ownerColumn, String valueColumn, long owner, List<String> values)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?")) {
            del.setLong(1, owner);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO " + table + " (" + ownerColumn + ", position, " + valueColumn + ") VALUES (?, ?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                ins.setLong(1, owner);
                ins.setInt(2, i);
                ins.setString(3, values.get(i));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** Inserts a section and its subtree under a parent (null: a level-1 part) at a position. */
    Section insertSection(long reportId, Long parentId, int position, Section section) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO section (report_id, parent_id, position, heading, style, role, written_marker, written_line,"
                        + " written_in_word) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, reportId);
            if (parentId == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
            } else {
                ps.setLong(2, parentId);
            }
            ps.setInt(3, position);
            ps.setString(4, section.heading());
            ps.setString(5, section.style().name());
            ps.setString(6, section.role().name());
            setWritten(ps, 7, section.written());
            ps.executeUpdate();
            id = Sql.generatedKey(ps);
        }
        writeParagraphs(id, section.paragraphs());
        List<Section> children = new ArrayList<>();
        for (int i = 0; i < section.children().size(); i++) {
            children.add(insertSection(reportId, id, i, section.children().get(i)));
        }
        return section.withId(id).withChildren(children);
    }

    /** Rewrites a section's own fields and paragraphs (not its children). */
    void updateSection(Section section) throws SQLException {
        updateById("UPDATE section SET heading = ?, style = ?, role = ?, written_marker = ?, written_line = ?,"
                + " written_in_word = ? WHERE id = ?", "section", section.id(),
                (ps, i) -> {
                    ps.setString(i, section.heading());
                    ps.setString(i + 1, section.style().name());
                    ps.setString(i + 2, section.role().name());
                    setWritten(ps, i + 3, section.written());
                    return i + 6;
                });
        writeParagraphs(section.id(), section.paragraphs());
    }

    /** The number the imported file gave the heading: three columns, all NULL when there is none. */
    private static void setWritten(PreparedStatement ps, int index, WrittenNumber written) throws SQLException {
        if (written == null) {
            ps.setNull(index, java.sql.Types.VARCHAR);
            ps.setNull(index + 1, java.sql.Types.INTEGER);
            ps.setNull(index + 2, java.sql.Types.INTEGER);
        } else {
            ps.setString(index, written.marker());
            ps.setInt(index + 1, written.line());
            ps.setInt(index + 2, written.inWord() ? 1 : 0);
        }
    }

    private void writeParagraphs(long sectionId, List<Paragraph> paragraphs) throws SQLException {
        replaceList("paragraph", "section_id", "text", sectionId, paragraphs.stream().map(Paragraph::text).toList());
    }

    Metric insertMetric(long reportId, int position, Metric m) throws SQLException {
        return m.withId(insertOwned("""
                INSERT INTO metric (report_id, position, name, value, unit, magnitude, approximate, department,
                    prior_value, note, formula, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reportId, position, (ps, i) -> bindMetric(ps, i, m)));
    }

    void updateMetric(Metric m) throws SQLException {
        updateById("""
                UPDATE metric SET name = ?, value = ?, unit = ?, magnitude = ?, approximate = ?, department = ?,
                    prior_value = ?, note = ?, formula = ?, precision = ? WHERE id = ?""",
                "metric", m.id(), (ps, i) -> bindMetric(ps, i, m));
    }

    private static int bindMetric(PreparedStatement ps, int from, Metric m) throws SQLException {
        int i = from;
        ps.setString(i++, m.name());
        Sql.setDecimal(ps, i++, m.value());
        ps.setString(i++, m.unit());
        ps.setString(i++, m.magnitude().name());
        ps.setBoolean(i++, m.approximate());
        ps.setString(i++, m.department());
        Sql.setDecimal(ps, i++, m.priorValue());
        ps.setString(i++, m.note());
        ps.setString(i++, m.formula());
        Sql.setInteger(ps, i++, m.precision());
        return i;
    }

    ProblemItem insertProblem(long reportId, int position, ProblemItem p) throws SQLException {
        return p.withId(insertOwned("""
                INSERT INTO problem_item (report_id, position, text, category, responsible_unit, measure, deadline,
                    status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", reportId, position, (ps, i) -> bindProblem(ps, i, p)));
    }

    void updateProblem(ProblemItem p) throws SQLException {
        updateById("""
                UPDATE problem_item SET text = ?, category = ?, responsible_unit = ?, measure = ?, deadline = ?,
                    status = ? WHERE id = ?""", "problem item", p.id(), (ps, i) -> bindProblem(ps, i, p));
    }

    private static int bindProblem(PreparedStatement ps, int from, ProblemItem p) throws SQLException {
        int i = from;
        ps.setString(i++, p.text());
        ps.setString(i++, p.category());
        ps.setString(i++, p.responsibleUnit());
        ps.setString(i++, p.measure());
        Sql.setDate(ps, i++, p.deadline());
        ps.setString(i++, p.status().name());
        return i;
    }

    Attachment insertAttachment(long reportId, int position, Attachment a) throws SQLException {
        return a.withId(insertOwned("INSERT INTO attachment (report_id, position, title, body) VALUES (?, ?, ?, ?)",
                reportId, position, (ps, i) -> bindAttachment(ps, i, a)));
    }

    void updateAttachment(Attachment a) throws SQLException {
        updateById("UPDATE attachment SET title = ?, body = ? WHERE id = ?", "attachment", a.id(),
                (ps, i) -> bindAttachment(ps, i, a));
    }

    private static int bindAttachment(PreparedStatement ps, int from, Attachment a) throws SQLException {
        ps.setString(from, a.title());
        ps.setString(from + 1, AttachmentBody.join(a.body()));
        return from + 2;
    }

    /** Binds a row's columns from a parameter index on; returns the next free index. */
    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement ps, int from) throws SQLException;
    }

    /** Inserts a row of a report's list (report id and position first); returns the new id. */
    private long insertOwned(String sql, long reportId, int position, Binder columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, reportId);
            ps.setInt(2, position);
            columns.bind(ps, 3);
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    /** Updates one row by id (the last parameter); a row that is gone is an error, not a silent no-op. */
    private void updateById(String sql, String what, long id, Binder columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(columns.bind(ps, 1), id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no " + what + " " + id);
            }
        }
    }
}
