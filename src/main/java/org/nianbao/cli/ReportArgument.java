package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The "ID | FILE" argument of show, check and export. A number names a report in the user's
 * database; anything else is a .txt or .docx file, read into a temporary database so that the
 * user's database is never touched by a one-off check or export.
 */
final class ReportArgument {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Parameters(index = "0", paramLabel = "ID|FILE",
            description = "报告编号，或 .txt/.docx 报告文件 (a report id, or a report file)")
    String idOrFile;

    /** Runs an action on the report, loaded from the database or read from the file. */
    int with(Function<Report, Integer> action) {
        return with((store, report) -> action.apply(report));
    }

    /** As {@link #with(Function)}, with the store the report is in (the temporary one for a file). */
    int with(java.util.function.BiFunction<ReportStore, Report, Integer> action) {
        if (isId()) {
            NianbaoCli root = (NianbaoCli) mixee.parent().userObject();
            try (ReportStore store = root.openStore(mixee)) {
                return action.apply(store, store.load(Long.parseLong(idOrFile)));
            }
        }
        Report read = new ReportImporter().read(Path.of(idOrFile));
        try (TemporaryDatabase temp = TemporaryDatabase.create(); ReportStore store = ReportStore.open(temp.file())) {
            return action.apply(store, store.insert(read));
        }
    }

    /** The report is one of the user's database (not a file read into a temporary one). */
    boolean isId() {
        return idOrFile.matches("\\d{1,18}") && !Files.exists(Path.of(idOrFile));
    }
}
