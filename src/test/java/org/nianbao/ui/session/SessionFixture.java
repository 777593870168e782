package org.nianbao.ui.session;

import java.nio.file.Path;
import java.util.Locale;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.common.Messages;

/**
 * A session over a fresh database holding the small 示例区 report, without a window: for view model
 * tests in plain JUnit (no FX toolkit; structure and table edits are stored before they return).
 */
public final class SessionFixture implements AutoCloseable {

    public static final Messages MESSAGES = Messages.of(Locale.SIMPLIFIED_CHINESE);

    public final Path database;
    public final ReportSession session;
    public final Report stored;

    public SessionFixture(Path folder) {
        this(folder, Fixtures.smallReport());
    }

    public SessionFixture(Path folder, Report seed) {
        database = folder.resolve("nianbao-model-test.db");
        ReportStore store = ReportStore.open(database);
        stored = store.insert(seed);
        session = new ReportSession(store, MESSAGES);
        session.show(stored);
    }

    /** The report as stored, read through a second connection after the queued saves. */
    public Report reload() {
        session.saveNow();
        try (ReportStore store = ReportStore.open(database)) {
            return store.load(stored.id());
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
