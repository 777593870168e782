package org.nianbao.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;

/**
 * The sample report the app ships ({@code resources/sample-report.txt} or {@code .docx} in the
 * project, {@code /shipped/...} on the class path), shown on a first run.
 */
final class SampleReport {

    static final String[] CANDIDATES = {"/shipped/sample-report.docx", "/shipped/sample-report.txt"};

    private SampleReport() {
    }

    static Optional<Report> load() {
        for (String name : CANDIDATES) {
            try (InputStream in = SampleReport.class.getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                Path copy = Files.createTempFile("nianbao-sample", name.substring(name.lastIndexOf('.')));
                try {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    return Optional.of(new ReportImporter().read(copy));
                } finally {
                    Files.deleteIfExists(copy);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
