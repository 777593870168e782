package org.nianbao.check;

import java.util.List;

/**
 * One kind of check: reads the context and adds its findings. A rule does not call another rule;
 * what several rules report alike is built in one place ({@link Findings}, {@link RatioCheck}).
 */
interface Rule {
    void check(CheckContext context, List<Finding> out);

    /** The ids of the findings this rule reports. */
    List<RuleId> ids();

    /**
     * For each of {@link #ids()}, at least one example that passes and one that is caught; the
     * test RuleExamplesTest runs them all.
     */
    List<RuleExample> examples();
}
