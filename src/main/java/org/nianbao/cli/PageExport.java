package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.layout.ofd.OfdExporter;
import org.nianbao.layout.pdf.PdfExporter;
import org.nianbao.model.Report;

/**
 * Exports to the page formats (.pdf, .ofd) from the page layout, and says which fonts were substituted.
 */
final class PageExport {

    private PageExport() {
    }

    static void export(Report report, Path out, PrintWriter messages) {
        PdfExporter.Result result = new PdfExporter().export(report, out);
        tell(result.pages(), result.substitutions(), messages);
    }

    static void exportOfd(Report report, Path out, PrintWriter messages) {
        OfdExporter.Result result = new OfdExporter().export(report, out);
        tell(result.pages(), result.substitutions(), messages);
    }

    private static void tell(int pages, List<String> substitutions, PrintWriter messages) {
        for (String substitution : substitutions) {
            messages.println("字体替换 (font substituted)：" + substitution);
        }
        messages.println("共 " + pages + " 页 (pages)");
    }
}
