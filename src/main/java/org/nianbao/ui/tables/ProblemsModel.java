package org.nianbao.ui.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemStatus;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.common.OfficerDates;
import org.nianbao.ui.session.History;
import org.nianbao.ui.session.ReportSession;

/** The problem list's view model (存在的不足): each edit of an item is stored before the call returns. */
public final class ProblemsModel implements History.Held {

    private final ReportSession session;
    private final StoredRows<ProblemItem> rows;

    public ProblemsModel(ReportSession session) {
        this.session = session;
        this.rows = new StoredRows<>(session, Report::problems, Report::withProblems,
                new StoredRows.RowStore<>((store, report, p) -> store.saveProblem(report, p),
                        ReportStore::insertProblem, ReportStore::moveProblem, ReportStore::deleteProblem), ProblemItem::id,
                ProblemItem::withId);
    }

    public List<ProblemItem> problems() {
        return session.report().problems();
    }

    public boolean setText(int row, String text) {
        return update(row, p -> new ProblemItem(p.id(), text.strip(), p.category(), p.responsibleUnit(),
                p.measure(), p.deadline(), p.status()));
    }

    public boolean setCategory(int row, String category) {
        return update(row, p -> new ProblemItem(p.id(), p.text(), category.strip(), p.responsibleUnit(),
                p.measure(), p.deadline(), p.status()));
    }

    public boolean setResponsibleUnit(int row, String unit) {
        return update(row, p -> new ProblemItem(p.id(), p.text(), p.category(), unit.strip(),
                p.measure(), p.deadline(), p.status()));
    }

    public boolean setMeasure(int row, String measure) {
        return update(row, p -> new ProblemItem(p.id(), p.text(), p.category(), p.responsibleUnit(),
                measure.strip(), p.deadline(), p.status()));
    }

    /** A deadline typed as 2024-06-30; blank clears it; anything else is refused with the reason. */
    public boolean setDeadline(int row, String typed) {
        boolean blank = typed == null || typed.isBlank();
        java.util.Optional<LocalDate> parsed = blank ? java.util.Optional.empty() : OfficerDates.parse(typed);
        if (!blank && parsed.isEmpty()) {
            session.tell(session.messages().format("error.notADate", typed));
            return false;
        }
        LocalDate date = parsed.orElse(null);
        return update(row, p -> new ProblemItem(p.id(), p.text(), p.category(), p.responsibleUnit(),
                p.measure(), date, p.status()));
    }

    public boolean setStatus(int row, ProblemStatus status) {
        return update(row, p -> new ProblemItem(p.id(), p.text(), p.category(), p.responsibleUnit(),
                p.measure(), p.deadline(), status));
    }

    public int add() {
        return rows.add(ProblemItem.of(session.messages().get("problems.newText")));
    }

    public void delete(int row) {
        rows.delete(row);
    }

    @Override
    public History history() {
        return rows;
    }

    private boolean update(int row, UnaryOperator<ProblemItem> change) {
        return rows.update(row, change);
    }
}
