package org.nianbao.ui.tables;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemStatus;
import org.nianbao.model.Report;
import org.nianbao.ui.common.EnumNames;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.common.OfficerDates;
import org.nianbao.ui.session.ReportSession;

/** The problem list tab (问题清单): category, responsible unit, measure, deadline, status. */
public final class ProblemsPane extends BorderPane {

    public static final String TABLE_ID = "problems";

    private final ProblemsModel model;
    private final Messages messages;
    private final TableView<ProblemItem> table = new TableView<>();
    private List<ProblemItem> showing;

    public ProblemsPane(ReportSession session, ProblemsModel model) {
        this.model = model;
        this.messages = session.messages();
        table.setId(TABLE_ID);
        table.setEditable(true);
        table.getColumns().add(column("text", ProblemItem::text, model::setText, t -> null));
        table.getColumns().add(column("category", ProblemItem::category, model::setCategory, t -> null));
        table.getColumns().add(column("unit", ProblemItem::responsibleUnit, model::setResponsibleUnit, t -> null));
        table.getColumns().add(column("measure", ProblemItem::measure, model::setMeasure, t -> null));
        table.getColumns().add(column("deadline", p -> p.deadline() == null ? "" : p.deadline().toString(),
                model::setDeadline, this::dateRefusal));
        table.getColumns().add(statusColumn());
        setTop(TableButtons.of(messages, "problems", table, model::add, model::delete));
        setCenter(table);
        session.reportProperty().addListener((o, a, report) -> refresh(report));
        refresh(session.report());
    }

    public TableView<ProblemItem> table() {
        return table;
    }

    private void refresh(Report report) {
        if (report == null || report.problems() == showing) {
            return;
        }
        showing = report.problems();
        table.getItems().setAll(showing);
    }

    private String dateRefusal(String typed) {
        return typed == null || typed.isBlank() || OfficerDates.parse(typed).isPresent() ? null
                : messages.format("error.notADate", typed);
    }

    private TableColumn<ProblemItem, String> column(String key, Function<ProblemItem, String> get,
                                                    BiPredicate<Integer, String> set, Function<String, String> refusal) {
        TableColumn<ProblemItem, String> column = new TableColumn<>(messages.get("problems.column." + key));
        column.setId("problems-" + key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        column.setCellFactory(c -> new ValidatedTextCell<>(refusal));
        column.setOnEditCommit(e -> {
            if (!set.test(e.getTablePosition().getRow(), e.getNewValue())) {
                table.refresh();
            }
        });
        return column;
    }

    private TableColumn<ProblemItem, ProblemStatus> statusColumn() {
        TableColumn<ProblemItem, ProblemStatus> column = new TableColumn<>(messages.get("problems.column.status"));
        column.setId("problems-status");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        StringConverter<ProblemStatus> names = EnumNames.converter(messages, "problems.status.");
        column.setCellFactory(ComboBoxTableCell.forTableColumn(names, ProblemStatus.values()));
        column.setOnEditCommit(e -> model.setStatus(e.getTablePosition().getRow(), e.getNewValue()));
        return column;
    }
}
