package org.nianbao.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog the window shows: file and folder choosers, confirmations, a line of text, a choice,
 * an error. Views and view models ask through this and never build an {@code Alert} themselves, so a
 * test answers a dialog without a window (as JabRef's {@code DialogService} does). Call it on the FX
 * thread.
 */
public interface DialogService extends FileDialogs {

    /** An error the officer reads and closes. */
    void showError(String title, String message);

    /** Something to read beside the window (a figure's history): it does not wait to be closed. */
    void showInfo(String title, String header, String message);

    /** 确定 or 取消: true for 确定. */
    boolean confirm(String title, String message);

    /**
     * One of several answers, each a button, with 取消 after them.
     *
     * @return empty when cancelled or the window was closed
     */
    <T> Optional<T> chooseAnswer(String title, String header, String message, List<T> answers,
                                 Function<T, String> label);

    /** One of a list (a drop-down), starting at {@code current}; empty when cancelled. */
    <T> Optional<T> choose(String title, String prompt, T current, List<T> choices);

    /** A line of text, starting with {@code initial}; empty when cancelled or left blank, else stripped. */
    Optional<String> askText(String title, String header, String prompt, String initial);

    Optional<Path> chooseFolder(String title);

    /** Several files at once; empty when cancelled. */
    List<Path> openFiles(String title, String filterName, List<String> extensions);
}
