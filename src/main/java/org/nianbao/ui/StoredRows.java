package org.nianbao.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

/**
 * A list of the report (metrics, problem items) edited row by row: each change is stored before the
 * call returns, then shown. A refused change (a duplicate name) changes nothing and says why.
 */
final class StoredRows<T> {

    /** How the store saves a row: insert when it has no id, else update; returns the stored row. */
    interface Save<T> {
        T save(ReportStore store, long reportId, T row);
    }

    private final ReportSession session;
    private final Function<Report, List<T>> rows;
    private final BiFunction<Report, List<T>, Report> withRows;
    private final Save<T> save;
    private final DeleteRow delete;
    private final ToLongFunction<T> id;

    /** How the store deletes a row by id. */
    interface DeleteRow {
        void delete(ReportStore store, long id);
    }

    StoredRows(ReportSession session, Function<Report, List<T>> rows, BiFunction<Report, List<T>, Report> withRows,
               Save<T> save, DeleteRow delete, ToLongFunction<T> id) {
        this.session = session;
        this.rows = rows;
        this.withRows = withRows;
        this.save = save;
        this.delete = delete;
        this.id = id;
    }

    List<T> all() {
        return rows.apply(session.report());
    }

    /** Stores a new row at the end; returns its index. */
    int add(T fresh) {
        Report report = session.report();
        T stored = session.write(() -> save.save(session.store(), report.id(), fresh));
        List<T> now = Lists.plus(rows.apply(report), stored);
        session.replace(withRows.apply(report, now));
        return now.size() - 1;
    }

    boolean update(int row, UnaryOperator<T> change) {
        Report report = session.report();
        T changed = change.apply(rows.apply(report).get(row));
        try {
            session.write(() -> save.save(session.store(), report.id(), changed));
        } catch (BadInputException refused) {
            return false;
        }
        session.replace(withRows.apply(report, Lists.with(rows.apply(report), row, changed)));
        return true;
    }

    void delete(int row) {
        Report report = session.report();
        long gone = id.applyAsLong(rows.apply(report).get(row));
        session.write(() -> {
            delete.delete(session.store(), gone);
            return null;
        });
        session.replace(withRows.apply(report, Lists.without(rows.apply(report), row)));
    }
}
