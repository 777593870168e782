package org.nianbao.model;

/** How a section heading is laid out. */
public enum HeadingStyle {
    /** The heading stands on its own line. */
    STANDALONE,
    /**
     * Run-in (段首标题): the heading sentence opens the first paragraph, ending with 。, and the body
     * follows in the same paragraph. The heading is stored without its closing 。.
     */
    RUN_IN
}
