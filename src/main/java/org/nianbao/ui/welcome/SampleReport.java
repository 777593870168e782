package org.nianbao.ui.welcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.store.SampleData;

/** The sample report the app ships ({@link SampleData}), read in for a first run. */
public final class SampleReport {

    private SampleReport() {
    }

    /** The sample as a report not stored yet; empty when this build ships none. */
    public static Optional<Report> load() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("nianbao-sample");
            Report sample = new ReportImporter().read(SampleData.writeTo(folder));
            return Optional.of(sample.withMetrics(SampleData.metrics())); // figures by department (issue 13)
        } catch (BadInputException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary copy left behind does no harm
        }
    }
}
