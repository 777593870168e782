package org.nianbao.ui.app;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.nianbao.model.EndBlock;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeaderBlock;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.DateField;
import org.nianbao.ui.common.EnumNames;
import org.nianbao.ui.common.FileDialogs;
import org.nianbao.ui.common.Messages;

/**
 * 报告设置: title, year, issuers, date, 主送机关, the opening paragraphs (导语), header and end blocks, template, problem-list layout,
 * bold headings. The result puts the new fields on a report; the caller hands it to the session.
 */
public final class ReportSettingsDialog extends Dialog<UnaryOperator<Report>> {

    private final Messages m;
    private final TextField title = new TextField();
    private final Spinner<Integer> year = new Spinner<>(1990, 2100, 2024);
    private final TextArea issuers = new TextArea();
    private final TextArea preamble = new TextArea();
    private final DatePicker date = new DatePicker();
    /** The dates as typed, committed to their pickers or not. */
    private java.util.function.Supplier<java.time.LocalDate> typedDate;
    private java.util.function.Supplier<java.time.LocalDate> typedPrintDate;
    private final TextField recipient = new TextField();
    private final CheckBox headerEnabled = new CheckBox();
    private final TextField issuerMark = new TextField();
    private final TextField documentNumber = new TextField();
    private final TextField signer = new TextField();
    private final CheckBox letterhead = new CheckBox();
    private final CheckBox endEnabled = new CheckBox();
    private final TextField copyTo = new TextField();
    private final TextField printedBy = new TextField();
    private final DatePicker printDate = new DatePicker();
    private final TextField template = new TextField();
    private final ChoiceBox<ProblemLayout> layout = new ChoiceBox<>();
    private final ChoiceBox<org.nianbao.model.FontScheme> fonts = new ChoiceBox<>();
    private final CheckBox boldHeadings = new CheckBox();
    private final CheckBox sealed = new CheckBox();

    public ReportSettingsDialog(Messages messages, Report report) {
        this(messages, report, null);
    }

    /** @param dialogs for the template's "choose…" button; null leaves the path to be typed */
    public ReportSettingsDialog(Messages messages, Report report, FileDialogs dialogs) {
        this.m = messages;
        setTitle(m.get("settings.title"));
        setHeaderText(null);
        setResizable(true);
        title.setId("settings-title");
        boldHeadings.setId("settings-bold");
        year.setEditable(true);
        // Dates as officers write them, as the deadline column takes them; a refusal says why beside the field.
        DateField dateField = new DateField(date, m, "settings-date");
        DateField printDateField = new DateField(printDate, m, "settings-print-date");
        typedDate = dateField::value;
        typedPrintDate = printDateField::value;
        issuers.setPrefRowCount(2);
        preamble.setId("settings-preamble");
        preamble.setPrefRowCount(3);
        preamble.setWrapText(true);
        layout.getItems().setAll(ProblemLayout.values());
        layout.setConverter(EnumNames.converter(m, "settings.layout."));
        fonts.setId("settings-fonts");
        fonts.getItems().setAll(org.nianbao.model.FontScheme.values());
        fonts.setConverter(EnumNames.converter(m, "settings.fonts."));
        fill(report);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int row = 0;
        row = add(grid, row, "settings.reportTitle", title);
        row = add(grid, row, "settings.year", year);
        row = add(grid, row, "settings.issuers", issuers);
        row = add(grid, row, "settings.date", dateField.node());
        row = add(grid, row, "settings.recipient", recipient);
        row = add(grid, row, "settings.preamble", preamble);
        row = add(grid, row, "settings.headerEnabled", headerEnabled);
        row = add(grid, row, "settings.issuerMark", issuerMark);
        row = add(grid, row, "settings.documentNumber", documentNumber);
        row = add(grid, row, "settings.signer", signer);
        row = add(grid, row, "settings.letterhead", letterhead);
        row = add(grid, row, "settings.endEnabled", endEnabled);
        row = add(grid, row, "settings.copyTo", copyTo);
        row = add(grid, row, "settings.printedBy", printedBy);
        row = add(grid, row, "settings.printDate", printDateField.node());
        javafx.scene.Node templateField = template;
        if (dialogs != null) {
            javafx.scene.control.Button choose = new javafx.scene.control.Button(m.get("settings.chooseTemplate"));
            choose.setId("settings-choose-template");
            choose.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            choose.setOnAction(e -> dialogs.openFile(m.get("settings.template"), m.get("filter.docx"),
                    List.of("*.docx", "*.dotx")).ifPresent(p -> template.setText(p.toString())));
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, template, choose);
            javafx.scene.layout.HBox.setHgrow(template, javafx.scene.layout.Priority.ALWAYS);
            templateField = box;
        }
        // the font scheme goes with the template, on its row: the form is nearly as tall as a small screen
        javafx.scene.control.Label fontsLabel = new javafx.scene.control.Label(m.get("settings.fonts"));
        fontsLabel.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        javafx.scene.layout.HBox templateRow = new javafx.scene.layout.HBox(6, templateField, fontsLabel, fonts);
        templateRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(templateField, javafx.scene.layout.Priority.ALWAYS);
        row = add(grid, row, "settings.template", templateRow);
        row = add(grid, row, "settings.layout", layout);
        row = add(grid, row, "settings.boldHeadings", boldHeadings);
        add(grid, row, "settings.sealed", sealed);
        javafx.scene.control.ScrollPane form = org.nianbao.ui.common.ScreenFit.scrolling(grid);
        getDialogPane().setContent(form);
        org.nianbao.ui.common.ScreenFit.keepOnScreen(this, form);
        CjkFont.dress(getDialogPane());
        ButtonType ok = new ButtonType(m.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).disableProperty().bind(dateField.refused().or(printDateField.refused()));
        setResultConverter(button -> button == ok ? this::read : null);
    }

    private int add(GridPane grid, int row, String key, javafx.scene.Node field) {
        Label label = new Label(m.get(key));
        label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // the field gives way, not the name
        grid.addRow(row, label, field);
        return row + 1;
    }

    private void fill(Report r) {
        ExportSettings s = r.settings();
        title.setText(r.title());
        year.getValueFactory().setValue(r.year());
        issuers.setText(String.join("\n", r.issuers()));
        date.setValue(r.date());
        recipient.setText(r.recipient() == null ? "" : r.recipient());
        preamble.setText(String.join("\n", r.preamble().stream().map(org.nianbao.model.Paragraph::text).toList()));
        headerEnabled.setSelected(s.headerEnabled());
        issuerMark.setText(s.header().issuerMark());
        documentNumber.setText(s.header().documentNumber());
        signer.setText(s.header().signer());
        letterhead.setSelected(s.header().letterheadPaper());
        endEnabled.setSelected(s.endEnabled());
        copyTo.setText(s.end().copyTo());
        printedBy.setText(s.end().printedBy());
        printDate.setValue(s.end().printDate());
        template.setText(s.templatePath() == null ? "" : s.templatePath());
        layout.setValue(s.problemLayout());
        fonts.setValue(s.fontScheme());
        boldHeadings.setSelected(s.boldHeadings());
        sealed.setSelected(s.sealed());
    }

    private Report read(Report r) {
        List<String> names = Arrays.stream(issuers.getText().split("\n")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        ExportSettings settings = new ExportSettings(
                template.getText().isBlank() ? null : template.getText().strip(),
                sealed.isSelected(), layout.getValue(), boldHeadings.isSelected(), headerEnabled.isSelected(),
                new HeaderBlock(issuerMark.getText().strip(), documentNumber.getText().strip(),
                        signer.getText().strip(), letterhead.isSelected()),
                endEnabled.isSelected(),
                new EndBlock(copyTo.getText().strip(), printedBy.getText().strip(), typedPrintDate.get()),
                fonts.getValue());
        List<org.nianbao.model.Paragraph> opening = Arrays.stream(preamble.getText().split("\n")).map(String::strip)
                .filter(x -> !x.isEmpty()).map(org.nianbao.model.Paragraph::new).toList();
        return r.withPreamble(opening).withTitle(title.getText().strip()).withYear(year.getValue()).withIssuers(names)
                .withDate(typedDate.get()).withRecipient(recipient.getText().isBlank() ? null : recipient.getText().strip())
                .withSettings(settings);
    }
}
