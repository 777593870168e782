package org.nianbao.model;

/**
 * Input the program cannot use (a broken file, a wrong number, a locked target). The message says
 * what is wrong with which file in plain Chinese, and again in English for the log and for
 * non-Chinese administrators. Callers show {@link #getMessage()} (both) and never a stack trace.
 */
public class BadInputException extends RuntimeException {

    private final String chinese;
    private final String english;

    public BadInputException(String chinese, String english) {
        this(chinese, english, null);
    }

    public BadInputException(String chinese, String english, Throwable cause) {
        super(chinese + " (" + english + ")", cause);
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
