package org.nianbao.model;

/** What a reviewer did. A move is two linked items: where the text left and where it arrived. */
public enum ReviewKind {
    INSERTION, DELETION, REPLACEMENT, MOVED_AWAY, MOVED_HERE, COMMENT;

    public boolean isComment() {
        return this == COMMENT;
    }
}
