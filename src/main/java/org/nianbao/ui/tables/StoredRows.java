package org.nianbao.ui.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.session.History;
import org.nianbao.ui.session.Lists;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.session.UndoStack;

/**
 * A list of the report (metrics, problem items, attachments) edited row by row, with undo and redo:
 * each change is stored before the call returns, then shown. A refused change (a duplicate name)
 * changes nothing and says why. As in the outline (decision 3), edits name rows by position, not by
 * id: undoing a delete stores the row again under a new id at its old place.
 */
final class StoredRows<T> implements History.Held {

    /** How the store saves a row: insert when it has no id, else update; returns the stored row. */
    interface Save<T> {
        T save(ReportStore store, long reportId, T row);
    }

    /** How the store inserts a row at a place in the list, in one transaction; returns it with its id. */
    interface InsertRow<T> {
        T insert(ReportStore store, long reportId, int position, T row);
    }

    /** How the store moves a row to a place in the list, in one transaction. */
    interface MoveRow {
        void move(ReportStore store, long id, int position);
    }

    /** How the store deletes a row by id. */
    interface DeleteRow {
        void delete(ReportStore store, long id);
    }

    /** The store's calls for one kind of row. */
    record RowStore<T>(Save<T> save, InsertRow<T> insert, MoveRow move, DeleteRow delete) {
    }

    /** One edit of the list by position; applying it returns its inverse. */
    private sealed interface Edit<T> permits Put, Insert, Remove, Move {
    }

    private record Put<T>(int index, T value) implements Edit<T> {
    }

    private record Insert<T>(int index, T value) implements Edit<T> {
    }

    private record Remove<T>(int index) implements Edit<T> {
    }

    private record Move<T>(int from, int to) implements Edit<T> {
    }

    private final ReportSession session;
    private final Function<Report, List<T>> rows;
    private final BiFunction<Report, List<T>, Report> withRows;
    private final RowStore<T> store;
    private final ToLongFunction<T> id;
    private final BiFunction<T, Long, T> withId;
    /** How a stored row takes an undone or redone value: by default whole, under the row's id. */
    private BinaryOperator<T> merge;
    private final UndoStack<Edit<T>> history;

    StoredRows(ReportSession session, Function<Report, List<T>> rows, BiFunction<Report, List<T>, Report> withRows,
               RowStore<T> store, ToLongFunction<T> id, BiFunction<T, Long, T> withId) {
        this.session = session;
        this.rows = rows;
        this.withRows = withRows;
        this.store = store;
        this.id = id;
        this.withId = withId;
        this.merge = (current, value) -> withId.apply(value, id.applyAsLong(current));
        this.history = new UndoStack<>(session, this::applyOrNull);
    }

    @Override
    public History history() {
        return history;
    }

    /**
     * Rows with parts edited outside this history (an attachment's body, saved as typed) take only
     * the rest from an undone value, so undoing a rename keeps what was typed since.
     */
    StoredRows<T> merging(BinaryOperator<T> merge) {
        this.merge = merge;
        return this;
    }

    List<T> all() {
        return rows.apply(session.report());
    }

    /** Stores a new row at the end; returns its index. */
    int add(T fresh) {
        int index = all().size();
        run(new Insert<>(index, fresh));
        return index;
    }

    boolean update(int row, UnaryOperator<T> change) {
        T old = all().get(row);
        T changed = change.apply(old);
        return changed.equals(old) || run(new Put<>(row, changed));
    }

    void delete(int row) {
        run(new Remove<>(row));
    }

    /** Moves a row to another place; false when there is no such place. */
    boolean move(int from, int to) {
        int size = all().size();
        return from != to && from >= 0 && to >= 0 && from < size && to < size && run(new Move<>(from, to));
    }

    private boolean run(Edit<T> edit) {
        return history.run(edit);
    }

    /** Applies an edit and returns its inverse; a refused edit changes nothing (the status says why). */
    private Edit<T> applyOrNull(Edit<T> edit) {
        try {
            return apply(edit);
        } catch (BadInputException refused) {
            return null;
        }
    }

    private Edit<T> apply(Edit<T> edit) {
        Report report = session.report();
        List<T> list = rows.apply(report);
        if (edit instanceof Put<T> put) {
            T old = list.get(put.index());
            T changed = merge.apply(old, put.value());
            session.write(() -> store.save().save(session.store(), report.id(), changed));
            session.replace(withRows.apply(report, Lists.with(list, put.index(), changed)));
            return new Put<>(put.index(), old);
        }
        if (edit instanceof Insert<T> insert) {
            T stored = session.write(() -> store.insert().insert(session.store(), report.id(), insert.index(),
                    withId.apply(insert.value(), null)));
            List<T> now = new ArrayList<>(list);
            now.add(insert.index(), stored);
            session.replace(withRows.apply(report, List.copyOf(now)));
            return new Remove<>(insert.index());
        }
        if (edit instanceof Remove<T> remove) {
            T gone = list.get(remove.index());
            session.write(() -> {
                store.delete().delete(session.store(), id.applyAsLong(gone));
                return null;
            });
            session.replace(withRows.apply(report, Lists.without(list, remove.index())));
            return new Insert<>(remove.index(), gone);
        }
        Move<T> move = (Move<T>) edit;
        T moving = list.get(move.from());
        session.write(() -> {
            store.move().move(session.store(), id.applyAsLong(moving), move.to());
            return null;
        });
        List<T> now = new ArrayList<>(list);
        now.remove(move.from());
        now.add(move.to(), moving);
        session.replace(withRows.apply(report, List.copyOf(now)));
        return new Move<>(move.to(), move.from());
    }
}
