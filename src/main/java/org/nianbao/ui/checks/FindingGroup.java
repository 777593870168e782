package org.nianbao.ui.checks;

import java.util.List;

/** The findings of one severity, as the checks panel lists them under a heading with their count. */
public record FindingGroup(FindingView.Level level, List<FindingView> findings) {

    public FindingGroup {
        findings = List.copyOf(findings);
    }
}
