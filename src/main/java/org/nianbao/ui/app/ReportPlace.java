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
        window.document().place().ifPresent(place -> remember(settings, window.session().store().file(), report.id(), place));
    }

    static void remember(UserSettings settings, Path database, long reportId, DocumentView.Place place) {
        settings.rememberNumbers(key(database, reportId), new double[] {place.section(), place.offset()});
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

    /** The section the caret was last in, in a report of a database (the first paint starts there). */
    static java.util.Optional<Long> section(UserSettings settings, Path database, long reportId) {
        return settings.numbers(key(database, reportId)).filter(n -> n.length == 2).map(n -> (long) n[0]);
    }

    private static String key(MainWindow window, long reportId) {
        return key(window.session().store().file(), reportId);
    }

    private static String key(Path file, long reportId) {
        Path database = file.toAbsolutePath().normalize();
        // Preferences keys are at most 80 characters: a hash of the path names the database.
        return "place." + Integer.toHexString(database.toString().hashCode()) + "." + reportId;
    }
}
