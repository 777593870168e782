package org.nianbao.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file choosers, behind an interface so a view model asks for a file without knowing a window
 * (and a test answers with a path).
 */
public interface FileDialogs {

    /** @param extensions like "*.docx" */
    Optional<Path> saveFile(String title, String suggestedName, String filterName, List<String> extensions);

    Optional<Path> openFile(String title, String filterName, List<String> extensions);

    /** A save chooser that opens in a folder (the last export folder of the report). */
    default Optional<Path> saveFileIn(Path folder, String title, String suggestedName, String filterName,
                                      List<String> extensions) {
        return saveFile(title, suggestedName, filterName, extensions);
    }

    /** Asks before going on: true for {@code goOn}, false for {@code goBack} (or the window closed). */
    boolean confirm(String title, String message, String goOn, String goBack);
}
