package org.nianbao.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own dialogs, owned by the window and dressed in its Chinese font. */
public final class FxDialogService implements DialogService {

    /** Characters from which a message is shown in a scrolling box (some six lines of the dialog). */
    private static final int LONG_MESSAGE = 240;
    /** Characters a typed answer's field shows: a level-1 heading of 30 characters, whole. */
    private static final int TEXT_COLUMNS = 36;
    /** The width a long message wraps at, as an alert's own text does. */
    private static final double MESSAGE_WIDTH = 480;

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String filterName, List<String> extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFileIn(Path folder, String title, String suggestedName, String filterName,
                                     List<String> extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public boolean confirm(String title, String message, String goOn, String goBack) {
        ButtonType on = new ButtonType(goOn, ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(goBack, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, on, back);
        alert.setHeaderText(title);
        scrollIfLong(alert, message);
        return show(alert, title).filter(on::equals).isPresent();
    }

    /**
     * A message of many lines (the export's list of up to ten open errors) scrolls in its dialog, which
     * stays on the screen: on 1366×768 its buttons would otherwise fall below the screen's edge.
     */
    private static void scrollIfLong(Dialog<?> dialog, String message) {
        if (message.length() < LONG_MESSAGE) {
            return;
        }
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        text.setId("dialog-long-message");
        javafx.scene.control.ScrollPane form = ScreenFit.scrolling(text);
        form.setPrefViewportWidth(MESSAGE_WIDTH);
        dialog.getDialogPane().setContent(form);
        ScreenFit.keepOnScreen(dialog, form);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        return show(alert, title).filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public <T> Optional<T> chooseAnswer(String title, String header, String message, List<T> answers,
                                        Function<T, String> label) {
        List<ButtonType> buttons = new ArrayList<>();
        for (T answer : answers) {
            buttons.add(new ButtonType(label.apply(answer), ButtonBar.ButtonData.OTHER));
        }
        buttons.add(ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        alert.setHeaderText(header);
        return show(alert, title).map(buttons::indexOf).filter(i -> i < answers.size()).map(answers::get);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, T current, List<T> choices) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(current, choices);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return show(dialog, title);
    }

    @Override
    public Optional<String> askText(String title, String header, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        // a heading, a reply to a reviewer: the field's default width showed some ten characters of them
        dialog.getEditor().setPrefColumnCount(TEXT_COLUMNS);
        return show(dialog, title).filter(s -> !s.isBlank()).map(String::strip);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(null);
        show(alert, title);
    }

    @Override
    public void showInfo(String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.CLOSE);
        alert.setHeaderText(header);
        alert.setTitle(title);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        CjkFont.dress(alert.getDialogPane());
        alert.show();
    }

    @Override
    public Optional<Path> openFile(String title, String filterName, List<String> extensions) {
        return remember(chooser(title, filterName, extensions).showOpenDialog(owner.get()));
    }

    @Override
    public List<Path> openFiles(String title, String filterName, List<String> extensions) {
        List<File> files = chooser(title, filterName, extensions).showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0));
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    /** Owned by the window (when there is one yet) and in its font: a dialog is a scene of its own. */
    private <R> Optional<R> show(Dialog<R> dialog, String title) {
        dialog.setTitle(title);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        CjkFont.dress(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, String filterName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
