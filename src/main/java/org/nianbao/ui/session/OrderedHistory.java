package org.nianbao.ui.session;

/** A history whose steps carry when they were first made ({@link EditClock}), so two can be undone as one. */
public interface OrderedHistory extends History {

    /** When the step that undo would take back was made; {@link Long#MIN_VALUE} when there is none. */
    long lastDone();

    /** When the step that redo would bring back was first made; {@link Long#MAX_VALUE} when there is none. */
    long firstUndone();
}
