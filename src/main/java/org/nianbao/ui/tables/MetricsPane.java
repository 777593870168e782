package org.nianbao.ui.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.text.MetricText;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/** The metrics tab (指标): an editable table; figures are validated where they are typed. */
public final class MetricsPane extends BorderPane {

    public static final String TABLE_ID = "metrics";

    private final MetricsModel model;
    private final TableView<Metric> table = new TableView<>();
    private final Messages messages;
    private Function<Metric, String> computed = m -> "";
    private List<Metric> showing;
    private ValueSources sources;

    public MetricsPane(ReportSession session, MetricsModel model) {
        this.model = model;
        this.messages = session.messages();
        this.sources = ValueSources.none(messages);
        table.setId(TABLE_ID);
        table.setEditable(true);
        table.getColumns().add(textColumn("name", Metric::name, model::setName));
        table.getColumns().add(numberColumn("value", m -> plain(m.value()), model::setValue));
        table.getColumns().add(textColumn("unit", Metric::unit, model::setUnit));
        table.getColumns().add(textColumn("department", Metric::department, model::setDepartment));
        table.getColumns().add(numberColumn("prior", m -> plain(m.priorValue()), model::setPriorValue));
        table.getColumns().add(textColumn("formula", m -> m.formula() == null ? "" : m.formula(), model::setFormula));
        table.getColumns().add(readOnly("stated", m -> MetricText.render(m).orElse("")));
        table.getColumns().add(readOnly("computed", m -> computed.apply(m)));
        table.getColumns().add(readOnly("source", m -> sources.of(m)));
        table.setContextMenu(historyMenu());
        setTop(TableButtons.of(messages, "metrics", table, model::add, model::delete));
        setCenter(table);
        session.reportProperty().addListener((o, a, report) -> refresh(report));
        refresh(session.report());
    }

    public TableView<Metric> table() {
        return table;
    }

    /** How the computed column finds a derived figure's value (the check engine's calculator). */
    public void setComputed(Function<Metric, String> computed) {
        this.computed = computed;
        table.refresh();
    }

    private void refresh(Report report) {
        if (report == null || report.metrics() == showing) {
            return;
        }
        showing = report.metrics();
        sources = model.sources();
        int selected = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(showing);
        if (selected >= 0 && selected < showing.size()) {
            table.getSelectionModel().select(selected);
        }
    }

    private TableColumn<Metric, String> textColumn(String key, Function<Metric, String> get,
                                                   BiPredicate<Integer, String> set) {
        return editable(key, get, set, text -> null);
    }

    private TableColumn<Metric, String> numberColumn(String key, Function<Metric, String> get,
                                                     BiPredicate<Integer, String> set) {
        return editable(key, get, set, model::refusal);
    }

    private TableColumn<Metric, String> editable(String key, Function<Metric, String> get,
                                                 BiPredicate<Integer, String> set, Function<String, String> refusal) {
        TableColumn<Metric, String> column = readOnly(key, get);
        column.setEditable(true);
        column.setCellFactory(c -> new ValidatedTextCell<>(refusal));
        column.setOnEditCommit(e -> {
            if (set.test(e.getTablePosition().getRow(), e.getNewValue())) {
                sources = model.sources(); // a typed value has just joined its history
            }
            table.refresh();
        });
        return column;
    }

    private TableColumn<Metric, String> readOnly(String key, Function<Metric, String> get) {
        TableColumn<Metric, String> column = new TableColumn<>(messages.get("metrics.column." + key));
        column.setId("metrics-" + key);
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        return column;
    }

    /** 数据来源与历史: every value the chosen figure took, when, and from whom. */
    private ContextMenu historyMenu() {
        MenuItem history = new MenuItem(messages.get("metrics.history"));
        history.setId("metrics-history");
        history.setOnAction(e -> {
            Metric metric = table.getSelectionModel().getSelectedItem();
            if (metric != null) {
                showHistory(metric);
            }
        });
        return new ContextMenu(history);
    }

    /** The lines the history dialog shows for a figure, oldest first. */
    public List<String> historyLines(Metric metric) {
        List<String> lines = sources.records(metric).stream().map(r -> ValueSources.line(r, metric, messages)).toList();
        return lines.isEmpty() ? List.of(messages.get("metrics.history.none")) : lines;
    }

    private void showHistory(Metric metric) {
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, String.join("\n", historyLines(metric)), ButtonType.CLOSE);
        dialog.setTitle(messages.get("metrics.history"));
        dialog.setHeaderText(metric.name());
        dialog.getDialogPane().setId("metrics-history-dialog");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        org.nianbao.ui.common.CjkFont.dress(dialog.getDialogPane());
        dialog.show();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
