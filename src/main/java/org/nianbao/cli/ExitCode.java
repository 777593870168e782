package org.nianbao.cli;

/** The command line's exit codes, as scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    /** The check found at least one finding of severity error. */
    public static final int CHECK_ERRORS = 1;
    /** Bad input or usage: one clear line on stderr, no stack trace. */
    public static final int BAD_INPUT = 2;
    /**
     * Anything else went wrong (a defect): one line on stderr, the details in the log. Not 1, which
     * scripts read as "the check found errors".
     */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
