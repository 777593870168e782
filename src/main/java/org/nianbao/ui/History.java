package org.nianbao.ui;

/** An undo history of one part of the window (the outline, a table): Ctrl+Z and Ctrl+Y go to it. */
interface History {
    boolean undo();

    boolean redo();
}
