package org.nianbao.testing;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.model.Department;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

/** A database holding the small report with one department (区司法局), for the collection round's window tests. */
public final class CollectSeed {

    /** What was stored: the report (with ids) and its department. */
    public record Seeded(ReportStore store, Report report, Department justice) {
    }

    @FunctionalInterface
    public interface Then {
        void with(Seeded seeded);
    }

    private CollectSeed() {
    }

    /** Stores the small report and 区司法局 in {@code database}, lets the test add more, and closes the store. */
    public static void smallReportWithJustice(Path database, Then then) {
        try (ReportStore store = ReportStore.open(database)) {
            Report report = store.insert(Fixtures.smallReport());
            Department justice = store.collection().addDepartments(report.id(),
                    List.of(Department.of("区司法局", "王静", "0000-2", ""))).get(0);
            then.with(new Seeded(store, report, justice));
        }
    }
}
