package org.nianbao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.BadInputException;
import org.nianbao.model.CollectionState;
import org.nianbao.model.Department;
import org.nianbao.model.Material;
import org.nianbao.model.ReturnedForm;
import org.nianbao.model.ValueRecord;

/**
 * The collection round of a report in the same SQLite file as the report (数据收集): its departments,
 * the state of each one's form, the history of every metric's value and the departments' written
 * material. Each change is one transaction; a returned form is stored whole or not at all.
 */
public final class CollectionStore {

    private final Database db;

    CollectionStore(Database db) {
        this.db = db;
    }

    // ---- departments --------------------------------------------------------------------------

    public List<Department> departments(long reportId) {
        return db.read(c -> {
            List<Department> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM department WHERE report_id = ? ORDER BY position")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(department(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Department department(ResultSet rs) throws SQLException {
        return new Department(rs.getLong("id"), rs.getString("name"), rs.getString("contact"),
                rs.getString("phone"), rs.getString("owes"), CollectionState.valueOf(rs.getString("state")),
                time(rs.getString("sent_at")), time(rs.getString("returned_at")));
    }

    /** Inserts (id null, at the end) or updates a department; a second one of the same name is refused. */
    public Department saveDepartment(long reportId, Department d) {
        return db.inTransaction(c -> {
            requireUniqueName(c, reportId, d);
            if (d.id() == null) {
                return d.withId(insert(c, reportId, d));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE department SET name = ?, contact = ?, phone = ?, owes = ?, state = ?, sent_at = ?,
                        returned_at = ? WHERE id = ?""")) {
                int i = bind(ps, d);
                ps.setLong(i, d.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no department " + d.id());
                }
            }
            return d;
        });
    }

    /** Stores several new departments at the end of the list in one transaction (the sample's, a list pasted in). */
    public List<Department> addDepartments(long reportId, List<Department> departments) {
        return db.inTransaction(c -> {
            List<Department> out = new ArrayList<>();
            for (Department d : departments) {
                requireUniqueName(c, reportId, d);
                out.add(d.withId(insert(c, reportId, d)));
            }
            return out;
        });
    }

    public void deleteDepartment(long departmentId) {
        db.inTransaction(c -> {
            ListPositions.remove(c, "department", departmentId);
            return null;
        });
    }

    private static long insert(Connection c, long reportId, Department d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO department (name, contact, phone, owes, state, sent_at, returned_at, report_id, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM department
                    WHERE report_id = ?))""", Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, d);
            ps.setLong(i++, reportId);
            ps.setLong(i, reportId);
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    private static int bind(PreparedStatement ps, Department d) throws SQLException {
        int i = 1;
        ps.setString(i++, d.name());
        ps.setString(i++, d.contact());
        ps.setString(i++, d.phone());
        ps.setString(i++, d.owes());
        ps.setString(i++, d.state().name());
        ps.setString(i++, text(d.sentAt()));
        ps.setString(i++, text(d.returnedAt()));
        return i;
    }

    private static void requireUniqueName(Connection c, long reportId, Department d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM department WHERE report_id = ? AND name = ? AND id IS NOT ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, d.name());
            ps.setObject(3, d.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new BadInputException("部门“" + d.name() + "”已在名单中，请换一个名称",
                            "a department named " + d.name() + " is already listed");
                }
            }
        }
    }

    /**
     * Records that forms went out to these departments: each not yet returned becomes 已发送 with the
     * time; one that already returned keeps its state (a form sent again does not undo what came back).
     */
    public void markSent(Collection<Long> departmentIds, LocalDateTime at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE department SET sent_at = ?,
                        state = CASE WHEN state IN ('NOT_SENT', 'SENT') THEN 'SENT' ELSE state END
                    WHERE id = ?""")) {
                for (long id : departmentIds) {
                    ps.setString(1, text(at));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** A returned form was refused: the department is shown 有问题 until a good one comes back. */
    public void markProblems(long departmentId, LocalDateTime at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE department SET state = 'PROBLEMS', returned_at = ? WHERE id = ?")) {
                ps.setString(1, text(at));
                ps.setLong(2, departmentId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- returned forms -------------------------------------------------------------------------

    /** True when this very file (by digest) was already taken for the department. */
    public boolean alreadyReturned(long departmentId, String digest) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM form_return WHERE department_id = ? AND digest = ?")) {
                ps.setLong(1, departmentId);
                ps.setString(2, digest);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Stores a validated returned form in one transaction: each value on its metric with a history row,
     * the material paragraphs under the department, the department's new state, and the file's digest.
     * The same file twice is refused and changes nothing.
     */
    public void accept(ReturnedForm form) {
        db.inTransaction(c -> {
            try (PreparedStatement seen = c.prepareStatement("""
                    INSERT INTO form_return (department_id, digest, file, imported_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                seen.setLong(1, form.departmentId());
                seen.setString(2, form.digest());
                seen.setString(3, form.file());
                seen.setString(4, text(form.at()));
                if (seen.executeUpdate() == 0) {
                    throw new BadInputException("这份表格（" + form.file() + "）已经导入过，未重复导入",
                            "this form (" + form.file() + ") was already imported; nothing was added");
                }
            }
            storeValues(c, form);
            storeMaterial(c, form.departmentId(), form.material(), form.file(), form.at());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE department SET state = ?, returned_at = ? WHERE id = ? AND report_id = ?")) {
                ps.setString(1, (form.complete() ? CollectionState.COMPLETE : CollectionState.RETURNED).name());
                ps.setString(2, text(form.at()));
                ps.setLong(3, form.departmentId());
                ps.setLong(4, form.reportId());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no department " + form.departmentId() + " in report " + form.reportId());
                }
            }
            return null;
        });
    }

    private static void storeValues(Connection c, ReturnedForm form) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE metric SET value = ? WHERE id = ? AND report_id = ?");
             PreparedStatement history = c.prepareStatement("""
                     INSERT INTO metric_value (metric_id, value, department, file, recorded_at, accepted_by)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (ReturnedForm.Value v : form.values()) {
                Sql.setDecimal(update, 1, v.value());
                update.setLong(2, v.metricId());
                update.setLong(3, form.reportId());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("no metric " + v.metricId() + " in report " + form.reportId());
                }
                history.setLong(1, v.metricId());
                Sql.setDecimal(history, 2, v.value());
                history.setString(3, form.department());
                history.setString(4, form.file());
                history.setString(5, text(form.at()));
                history.setString(6, v.acceptedBy());
                history.addBatch();
            }
            history.executeBatch();
        }
    }

    // ---- history ---------------------------------------------------------------------------------

    /**
     * Records a value the officer typed (in the metrics table): no department, no file, the officer as
     * the one who accepted it (手工录入), so the figure's history shows who put it there.
     */
    public void recordTyped(long metricId, BigDecimal value, String officer, LocalDateTime at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO metric_value (metric_id, value, department, file, recorded_at, accepted_by)
                    VALUES (?, ?, '', '', ?, ?)""")) {
                ps.setLong(1, metricId);
                Sql.setDecimal(ps, 2, value);
                ps.setString(3, text(at));
                ps.setString(4, officer);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every value of every metric of the report, oldest first, by metric id. */
    public Map<Long, List<ValueRecord>> history(long reportId) {
        return db.read(c -> {
            Map<Long, List<ValueRecord>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT v.* FROM metric_value v JOIN metric m ON m.id = v.metric_id
                    WHERE m.report_id = ? ORDER BY v.metric_id, v.id""")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ValueRecord r = new ValueRecord(rs.getLong("id"), rs.getLong("metric_id"),
                                Sql.decimal(rs, "value"), rs.getString("department"), rs.getString("file"),
                                time(rs.getString("recorded_at")), rs.getString("accepted_by"));
                        out.computeIfAbsent(r.metricId(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return out;
        });
    }

    // ---- material --------------------------------------------------------------------------------

    /** Adds paragraphs of written material under a department (from a .docx/.txt it sent). */
    public void addMaterial(long departmentId, List<String> paragraphs, String source, LocalDateTime at) {
        db.inTransaction(c -> {
            storeMaterial(c, departmentId, paragraphs, source, at);
            return null;
        });
    }

    private static void storeMaterial(Connection c, long departmentId, List<String> paragraphs, String source,
                                      LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO material (department_id, position, text, source, received_at)
                VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM material WHERE department_id = ?), ?, ?, ?)""")) {
            for (String p : paragraphs) {
                ps.setLong(1, departmentId);
                ps.setLong(2, departmentId);
                ps.setString(3, p);
                ps.setString(4, source);
                ps.setString(5, text(at));
                ps.executeUpdate();
            }
        }
    }

    /** The material of every department of the report, in department order then as received. */
    public List<Material> material(long reportId) {
        return db.read(c -> {
            List<Material> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.* FROM material m JOIN department d ON d.id = m.department_id
                    WHERE d.report_id = ? ORDER BY d.position, m.position""")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Material(rs.getLong("id"), rs.getLong("department_id"), rs.getString("text"),
                                rs.getString("source"), time(rs.getString("received_at"))));
                    }
                }
            }
            return out;
        });
    }

    private static String text(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static LocalDateTime time(String s) {
        return s == null ? null : LocalDateTime.parse(s);
    }
}
