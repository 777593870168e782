package org.nianbao.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A date field of a dialog that takes dates as officers write them (2024年6月30日, 2024年6月底,
 * 2024/6/30, {@link OfficerDates}) and shows 2024-06-30; a text it cannot take is not silently
 * dropped: the reason stands beside the field while it is there.
 */
public final class DateField {

    public static final String REFUSAL_STYLE = "refusal-line";

    private final DatePicker picker;
    private final Label refusal = new Label();
    private final HBox node;

    public DateField(DatePicker picker, Messages m, String id) {
        this.picker = picker;
        picker.setId(id);
        picker.setPromptText("2024-02-06");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return OfficerDates.parse(text).orElse(picker.getValue()); // refused: the date stays as it was
            }
        });
        refusal.setId(id + "-refusal");
        refusal.getStyleClass().add(REFUSAL_STYLE);
        refusal.setWrapText(true);
        picker.getEditor().textProperty().addListener((o, a, text) -> refusal.setText(
                text == null || text.isBlank() || OfficerDates.parse(text).isPresent() ? "" : m.format("error.notADate", text)));
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        node = new HBox(8, picker, refusal);
        node.setAlignment(Pos.CENTER_LEFT);
    }

    /** The field with the place for its refusal beside it. */
    public Node node() {
        return node;
    }

    /** True while the text typed is no date. */
    public BooleanExpression refused() {
        return refusal.visibleProperty();
    }

    /** The date as typed (committed or not), else as picked; null when empty. */
    public LocalDate value() {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        return OfficerDates.parse(text).orElse(picker.getValue());
    }
}
