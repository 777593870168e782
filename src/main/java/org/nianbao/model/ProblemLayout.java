package org.nianbao.model;

/** How the problem list is printed. */
public enum ProblemLayout {
    /** One paragraph: 一是……；二是……；三是……。 */
    INLINE,
    /** One paragraph per item, each opening with its 一是/二是 marker. */
    ONE_PER_PARAGRAPH
}
