package org.nianbao.check;

import java.util.List;

/** All findings of one check, in document order. */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public int errors() {
        return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public int warnings() {
        return (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Figures found to be right. */
    public int verified() {
        return (int) findings.stream().filter(f -> f.status() == FindingStatus.OK).count();
    }

    /** Figures whose inputs were not all found. */
    public int unverifiable() {
        return (int) findings.stream().filter(f -> f.status() == FindingStatus.UNVERIFIABLE).count();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
