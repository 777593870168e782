package org.nianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Attachment;
import org.nianbao.model.EndBlock;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.FontScheme;
import org.nianbao.model.HeaderBlock;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.ProblemStatus;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.model.WrittenNumber;

/**
 * Reads a whole report back into the model. One query per table, the section tree assembled in
 * memory: a 100-page report is a few thousand rows, well within a few milliseconds.
 */
final class ReportReader {

    private final Connection c;

    ReportReader(Connection c) {
        this.c = c;
    }

    Optional<Report> load(long id) throws SQLException {
        Report head;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                head = new Report(id, rs.getInt("year"), rs.getString("title"), List.of(),
                        rs.getString("recipient"), Sql.date(rs, "issued_on"), List.of(), List.of(), List.of(),
                        List.of(), List.of(), settings(rs));
            }
        }
        return Optional.of(head
                .withIssuers(strings("SELECT name FROM issuer WHERE report_id = ? ORDER BY position", id))
                .withPreamble(strings("SELECT text FROM preamble_paragraph WHERE report_id = ? ORDER BY position", id)
                        .stream().map(Paragraph::new).toList())
                .withSections(sections(id))
                .withMetrics(metrics(id))
                .withProblems(problems(id))
                .withAttachments(attachments(id)));
    }

    private static ExportSettings settings(ResultSet rs) throws SQLException {
        return new ExportSettings(
                rs.getString("template_path"),
                rs.getBoolean("sealed"),
                ProblemLayout.valueOf(rs.getString("problem_layout")),
                rs.getBoolean("bold_headings"),
                rs.getBoolean("header_enabled"),
                new HeaderBlock(rs.getString("header_mark"), rs.getString("header_number"),
                        rs.getString("header_signer"), rs.getBoolean("header_letterhead")),
                rs.getBoolean("end_enabled"),
                new EndBlock(rs.getString("end_copy_to"), rs.getString("end_printed_by"),
                        Sql.date(rs, "end_print_date")),
                fontScheme(rs.getString("font_scheme")));
    }

    /** A scheme a newer version wrote and this one does not know exports with the default. */
    private static FontScheme fontScheme(String name) {
        for (FontScheme scheme : FontScheme.values()) {
            if (scheme.name().equals(name)) {
                return scheme;
            }
        }
        return FontScheme.GB2312;
    }

    private List<String> strings(String sql, long id) throws SQLException {
        return rows(sql, id, rs -> rs.getString(1));
    }

    /** Maps one row of a result to a value. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The rows of a query with one id parameter, each mapped to a value, in the query's order. */
    private <T> List<T> rows(String sql, long id, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
        }
        return out;
    }

    private record SectionRow(long id, Long parentId, String heading, HeadingStyle style, SectionRole role,
                              WrittenNumber written) {
    }

    private List<Section> sections(long reportId) throws SQLException {
        List<SectionRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id, heading, style, role, written_marker, written_line, written_in_word"
                        + " FROM section WHERE report_id = ? ORDER BY position")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    rows.add(new SectionRow(rs.getLong("id"), parentId, rs.getString("heading"),
                            HeadingStyle.valueOf(rs.getString("style")), SectionRole.valueOf(rs.getString("role")),
                            written(rs)));
                }
            }
        }
        Map<Long, List<Paragraph>> paragraphs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.section_id, p.text FROM paragraph p JOIN section s ON s.id = p.section_id
                WHERE s.report_id = ? ORDER BY p.section_id, p.position""")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paragraphs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Paragraph(rs.getString(2)));
                }
            }
        }
        Map<Long, List<SectionRow>> byParent = new HashMap<>();
        for (SectionRow row : rows) {
            byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
        return build(null, byParent, paragraphs);
    }

    private static WrittenNumber written(ResultSet rs) throws SQLException {
        String marker = rs.getString("written_marker");
        int line = rs.getInt("written_line");
        return marker == null || line < 1 ? null : new WrittenNumber(marker, line, rs.getInt("written_in_word") == 1);
    }

    private static List<Section> build(Long parentId, Map<Long, List<SectionRow>> byParent,
                                       Map<Long, List<Paragraph>> paragraphs) {
        List<Section> out = new ArrayList<>();
        for (SectionRow row : byParent.getOrDefault(parentId, List.of())) {
            out.add(new Section(row.id(), row.heading(), row.style(), row.role(),
                    paragraphs.getOrDefault(row.id(), List.of()), build(row.id(), byParent, paragraphs), row.written()));
        }
        return out;
    }

    private List<Metric> metrics(long reportId) throws SQLException {
        return rows("SELECT * FROM metric WHERE report_id = ? ORDER BY position", reportId,
                rs -> new Metric(rs.getLong("id"), rs.getString("name"), Sql.decimal(rs, "value"),
                        rs.getString("unit"), Magnitude.valueOf(rs.getString("magnitude")),
                        rs.getBoolean("approximate"), rs.getString("department"),
                        Sql.decimal(rs, "prior_value"), rs.getString("note"), rs.getString("formula"),
                        Sql.integer(rs, "precision")));
    }

    private List<ProblemItem> problems(long reportId) throws SQLException {
        return rows("SELECT * FROM problem_item WHERE report_id = ? ORDER BY position", reportId,
                rs -> new ProblemItem(rs.getLong("id"), rs.getString("text"), rs.getString("category"),
                        rs.getString("responsible_unit"), rs.getString("measure"), Sql.date(rs, "deadline"),
                        ProblemStatus.valueOf(rs.getString("status"))));
    }

    private List<Attachment> attachments(long reportId) throws SQLException {
        return rows("SELECT id, title, body FROM attachment WHERE report_id = ? ORDER BY position", reportId,
                rs -> new Attachment(rs.getLong(1), rs.getString(2), AttachmentBody.split(rs.getString(3))));
    }

    List<ReportSummary> list() throws SQLException {
        List<ReportSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, year, title FROM report ORDER BY year, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ReportSummary(rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
        }
        return out;
    }
}
