package org.nianbao.ui.session;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When an undoable step was made, as a number that only grows: the document's text and the outline
 * keep their own histories, and these stamps let Ctrl+Z take their steps back in the order they were made.
 */
public final class EditClock {

    private static final AtomicLong LAST = new AtomicLong();

    private EditClock() {
    }

    /** A stamp later than every one given before. */
    public static long tick() {
        return LAST.incrementAndGet();
    }
}
