package org.nianbao.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether this is the officer's first start: the database file does not exist yet. Decided before
 * {@link ReportStore#open(Path)} creates it, so the caller can then fill the new database with the
 * sample ({@link SampleData}) and show the welcome.
 */
public final class FirstRun {

    private FirstRun() {
    }

    /** True when nothing is at {@code db} (not even a broken file or a dangling link). */
    public static boolean isFirstRun(Path db) {
        return Files.notExists(db, LinkOption.NOFOLLOW_LINKS);
    }
}
