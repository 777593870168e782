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
 * The sample report the app ships (under {@code resources/} in the project, {@code /shipped/} on the
 * class path), shown on a first run.
 */
final class SampleReport {

    /** Where the installer work puts it (resources/sample/… in the project), then generic names. */
    static final String[] CANDIDATES = {"/shipped/sample/示例区2023年法治政府建设年度报告.txt",
        "/shipped/sample-report.docx", "/shipped/sample-report.txt"};

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
