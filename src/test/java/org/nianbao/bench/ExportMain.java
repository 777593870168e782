package org.nianbao.bench;

import java.nio.file.Path;
import org.nianbao.export.DocxExporter;
import org.nianbao.model.Report;

/**
 * Exports the generated 100-page report once, as a whole process would: for timing the cold start
 * ({@code time java -Xmx256m -cp ... org.nianbao.bench.ExportMain OUT.docx [small|full|multi|100pages|large]}).
 */
public final class ExportMain {

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "large-report.docx");
        String which = args.length > 1 ? args[1] : "large";
        Report report = switch (which) {
            case "small" -> org.nianbao.export.ExportFixtures.small();
            case "multi" -> org.nianbao.export.ExportFixtures.multiPage(8);
            case "full" -> org.nianbao.export.ExportFixtures.withEverything(org.nianbao.export.ExportFixtures.small());
            case "100pages" -> LargeReport.generate(62_000);
            default -> LargeReport.generate();
        };
        long start = System.nanoTime();
        new DocxExporter().export(report, out);
        System.out.printf("exported %s in %.1f ms%n", out, (System.nanoTime() - start) / 1e6);
    }
}
