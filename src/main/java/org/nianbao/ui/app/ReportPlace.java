package org.nianbao.ui.app;

import java.nio.file.Path;
import org.nianbao.model.Report;
import org.nianbao.ui.document.DocumentView;

/**
 * The last place in each report: the section the caret was in and how far into it, kept when the
 * window closes and gone back to at the next start, so a week of writing picks up where it stopped.
 * By section, not by offset in the whole document: a table or a section edited since elsewhere in
 * the report does not move it.
 */
final class ReportPlace {

    private ReportPlace() {
    }

    static void remember(MainWindow window, UserSettings settings) {
        Report report = window.session().report();
        if (report == null || report.id() == null) {
            return;
        }
        window.document().place().ifPresent(place -> settings.rememberNumbers(key(window, report.id()),
                new double[] {place.section(), place.offset()}));
    }

    /** Puts the caret back where it was in the report shown; false when no place is known or its section is gone. */
    static boolean restore(MainWindow window, UserSettings settings) {
        Report report = window.session().report();
        if (report == null || report.id() == null) {
            return false;
        }
        return settings.numbers(key(window, report.id())).filter(n -> n.length == 2)
                .map(n -> window.document().goTo(new DocumentView.Place((long) n[0], (int) n[1])))
                .orElse(false);
    }

    private static String key(MainWindow window, long reportId) {
        Path database = window.session().store().file().toAbsolutePath().normalize();
        // Preferences keys are at most 80 characters: a hash of the path names the database.
        return "place." + Integer.toHexString(database.toString().hashCode()) + "." + reportId;
    }
}
