package org.nianbao.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.importing.ImportOptions;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.testing.Corpus;

/** Test-only: reports from text through the real importer, as the officer's files arrive. */
final class TextReports {

    private TextReports() {
    }

    /** The corpus report's path (it may be absent: callers skip then). */
    static Path corpus() {
        return Corpus.report().orElse(Path.of("../shared/corpus/" + Corpus.REPORT_FILE));
    }

    static Report parse(String text, int year, String title) {
        try {
            Path file = Files.createTempFile("nianbao-check-", ".txt");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return new ReportImporter(ImportOptions.defaults().withYear(year)).read(file).withTitle(title);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
