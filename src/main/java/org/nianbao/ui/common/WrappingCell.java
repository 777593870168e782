package org.nianbao.ui.common;

import javafx.scene.control.ListCell;

/**
 * A line of a list that wraps to the list's width instead of widening it: findings and import problems
 * are sentences that say what to fix, longer than any pane is wide.
 */
public final class WrappingCell extends ListCell<String> {

    public WrappingCell() {
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
    }
}
