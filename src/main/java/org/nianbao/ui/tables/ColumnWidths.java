package org.nianbao.ui.tables;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.nianbao.ui.app.UserSettings;

/**
 * A table's column widths. Until the officer drags a column, the table's width is shared out by each
 * column's weight (the problem text gets more than its status), never below a width that shows the
 * header; once a column is dragged, the widths are the officer's and are remembered for the next start.
 * (The constrained resize policy it replaces squeezed every column to 10 px when the table was laid
 * out before its tab was shown, then gave all the room to the last one.)
 */
public final class ColumnWidths {

    /** Wide enough for a four-character header (整改时限) and a status (待整改). */
    static final double MIN = 72;

    private final TableView<?> table;
    private final UserSettings settings;
    private final double[] weights;
    private boolean fitting;
    private boolean officers;

    private ColumnWidths(TableView<?> table, UserSettings settings, double[] weights) {
        if (weights.length != table.getColumns().size()) {
            throw new IllegalArgumentException("one weight per column");
        }
        this.table = table;
        this.settings = settings;
        this.weights = weights;
    }

    /** Sizes a table's columns (one weight per column) and remembers the officer's widths under its id. */
    public static void keep(TableView<?> table, UserSettings settings, double... weights) {
        new ColumnWidths(table, settings, weights).start();
    }

    /**
     * Sizes a table's columns by weight without remembering the officer's widths (a table built anew
     * each time it is shown, as the departments' in 数据收集); a column the officer drags stays as dragged.
     */
    public static void share(TableView<?> table, double... weights) {
        new ColumnWidths(table, null, weights).start();
    }

    private void start() {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        java.util.Optional<double[]> remembered = settings == null ? java.util.Optional.empty()
                : settings.columnWidths(table.getId()).filter(w -> w.length == weights.length);
        remembered.ifPresentOrElse(
                widths -> {
                    officers = true;
                    set(widths);
                },
                () -> set(shares(table.getWidth())));
        table.widthProperty().addListener((o, a, width) -> {
            if (!officers) {
                set(shares(width.doubleValue()));
            }
        });
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.widthProperty().addListener((o, a, b) -> {
                if (!fitting) {
                    officers = true;
                    if (settings != null) {
                        settings.rememberColumnWidths(table.getId(), current());
                    }
                }
            });
        }
    }

    /**
     * Shares by weight; a column whose share is below {@link #MIN} gets that, and the others share the
     * rest. When the room cannot give every column {@link #MIN} (the figures' nine columns on a laptop),
     * the table scrolls sideways anyway, and each column gets {@link #MIN} times its weight: the names,
     * which say which figure a row is, stay readable instead of all columns shrinking alike.
     */
    private double[] shares(double tableWidth) {
        double room = Math.max(0, tableWidth - 20); // the vertical scroll bar and the borders
        if (room < MIN * weights.length) {
            double[] scrolled = new double[weights.length];
            for (int i = 0; i < weights.length; i++) {
                scrolled[i] = Math.floor(MIN * Math.max(1, weights[i]));
            }
            return scrolled;
        }
        double[] out = new double[weights.length];
        boolean[] atMin = new boolean[weights.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            double left = room;
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                if (atMin[i]) {
                    left -= MIN;
                } else {
                    total += weights[i];
                }
            }
            for (int i = 0; i < weights.length; i++) {
                out[i] = atMin[i] ? MIN : Math.floor(Math.max(0, left) * weights[i] / total);
                if (!atMin[i] && out[i] < MIN) {
                    atMin[i] = true;
                    changed = true;
                }
            }
        }
        return out;
    }

    private void set(double[] widths) {
        fitting = true;
        try {
            for (int i = 0; i < widths.length; i++) {
                table.getColumns().get(i).setPrefWidth(widths[i]);
            }
        } finally {
            fitting = false;
        }
    }

    private double[] current() {
        return table.getColumns().stream().mapToDouble(TableColumn::getWidth).toArray();
    }
}
