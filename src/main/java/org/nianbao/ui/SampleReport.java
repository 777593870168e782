package org.nianbao.ui;

import java.util.Optional;
import org.nianbao.model.Report;

/** The sample report the app ships (resources/), shown on a first run. */
final class SampleReport {

    private SampleReport() {
    }

    static Optional<Report> load() {
        return Optional.empty();
    }
}
