package org.nianbao.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own file dialogs. */
public final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxFileDialogs(Supplier<Window> owner) {
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
        javafx.scene.control.ButtonType on = new javafx.scene.control.ButtonType(goOn,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType back = new javafx.scene.control.ButtonType(goBack,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.WARNING, message, on, back);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        CjkFont.dress(alert.getDialogPane());
        return alert.showAndWait().filter(on::equals).isPresent();
    }

    @Override
    public Optional<Path> openFile(String title, String filterName, List<String> extensions) {
        return remember(chooser(title, filterName, extensions).showOpenDialog(owner.get()));
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
