package org.nianbao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.testing.SampleReports;

/** The sample report as a .docx of one paragraph per text line (text markers only). */
final class BenchDocx {

    private BenchDocx() {
    }

    static Path write(Path file) throws IOException {
        String text = SampleReports.toText(SampleReports.largeReport(8, 120));
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        return file;
    }
}
