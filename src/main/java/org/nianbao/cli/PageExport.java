package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.nianbao.layout.pdf.PdfExporter;
import org.nianbao.model.Report;

/**
 * Exports to the page formats (.pdf) from the page layout, and says which fonts were substituted.
 */
final class PageExport {

    private PageExport() {
    }

    static void export(Report report, Path out, PrintWriter messages) {
        PdfExporter.Result result = new PdfExporter().export(report, out);
        for (String substitution : result.substitutions()) {
            messages.println("字体替换 (font substituted)：" + substitution);
        }
        messages.println("共 " + result.pages() + " 页 (pages)");
    }
}
