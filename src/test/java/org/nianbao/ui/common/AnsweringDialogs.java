package org.nianbao.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** File dialogs that answer with the paths a test queued, and remember what they were asked. */
public final class AnsweringDialogs implements FileDialogs {

    private final Deque<Path> answers = new ArrayDeque<>();
    public String lastSuggestedName;
    public Path lastFolder;
    /** What the next confirmation answers: true to go on. */
    public boolean confirmAnswer = true;
    public String lastConfirmation;

    public void answer(Path path) {
        answers.add(path);
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String filterName, List<String> extensions) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> saveFileIn(Path folder, String title, String suggestedName, String filterName,
                                     List<String> extensions) {
        lastFolder = folder;
        return saveFile(title, suggestedName, filterName, extensions);
    }

    @Override
    public boolean confirm(String title, String message, String goOn, String goBack) {
        lastConfirmation = message;
        return confirmAnswer;
    }

    @Override
    public Optional<Path> openFile(String title, String filterName, List<String> extensions) {
        return Optional.ofNullable(answers.poll());
    }
}
