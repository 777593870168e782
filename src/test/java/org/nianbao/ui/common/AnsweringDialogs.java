package org.nianbao.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dialogs that answer with what a test queued, and remember what they were asked: no window opens.
 * Paths answer the file and folder choosers; {@link #confirmAnswer} the confirmations; queued texts
 * and choices the other questions (none queued: the officer cancelled).
 */
public final class AnsweringDialogs implements DialogService {

    private final Deque<Path> answers = new ArrayDeque<>();
    private final Deque<String> texts = new ArrayDeque<>();
    private final Deque<Object> choices = new ArrayDeque<>();
    public String lastSuggestedName;
    public Path lastFolder;
    /** What the next confirmation answers: true to go on. */
    public boolean confirmAnswer = true;
    public String lastConfirmation;
    /** Every question and error shown, title first, in order. */
    public final List<String> asked = new ArrayList<>();

    /** As new: nothing queued, nothing asked, confirmations go on (for a window that serves the next test). */
    public void reset() {
        answers.clear();
        texts.clear();
        choices.clear();
        lastSuggestedName = null;
        lastFolder = null;
        confirmAnswer = true;
        lastConfirmation = null;
        asked.clear();
    }

    public void answer(Path path) {
        answers.add(path);
    }

    /** The text the next {@link #askText} answers. */
    public void answerText(String text) {
        texts.add(text);
    }

    /** The answer the next {@link #choose} or {@link #chooseAnswer} picks (if it is offered). */
    public void answerChoice(Object choice) {
        choices.add(choice);
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
        return confirm(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(title + "：" + message);
        lastConfirmation = message;
        return confirmAnswer;
    }

    @Override
    public <T> Optional<T> chooseAnswer(String title, String header, String message, List<T> offered,
                                        Function<T, String> label) {
        asked.add(title + "：" + header + "\n" + message);
        return pick(offered);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, T current, List<T> offered) {
        asked.add(title + "：" + prompt);
        return pick(offered);
    }

    @Override
    public Optional<String> askText(String title, String header, String prompt, String initial) {
        asked.add(title + "：" + prompt);
        return Optional.ofNullable(texts.poll()).filter(s -> !s.isBlank()).map(String::strip);
    }

    @Override
    public void showError(String title, String message) {
        asked.add(title + "：" + message);
    }

    @Override
    public void showInfo(String title, String header, String message) {
        asked.add(title + "：" + header + "\n" + message);
    }

    @Override
    public Optional<Path> openFile(String title, String filterName, List<String> extensions) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public List<Path> openFiles(String title, String filterName, List<String> extensions) {
        List<Path> all = List.copyOf(answers);
        answers.clear();
        return all;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(answers.poll());
    }

    private <T> Optional<T> pick(List<T> offered) {
        Object next = choices.poll();
        return offered.stream().filter(o -> o.equals(next)).findFirst();
    }
}
