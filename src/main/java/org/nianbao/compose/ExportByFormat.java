package org.nianbao.compose;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nianbao.export.DocxExporter;
import org.nianbao.layout.ofd.OfdExporter;
import org.nianbao.layout.pdf.PdfExporter;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

/**
 * Writes a report to the file the officer named, in the format its extension names: the one place that
 * knows which writer makes a .docx, a .pdf or an .ofd, for the command line and the window alike. A .docx
 * of a stored report leaves the reviewers' way back (ExportForReview); the page formats are printed as
 * they are, so nothing comes back from them.
 */
public final class ExportByFormat {

    /** The formats an export writes, known by the target's extension. */
    public enum Format {
        DOCX("docx", "Word 文档"),
        PDF("pdf", "PDF 文件"),
        OFD("ofd", "OFD 版式文件");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        public String extension() {
            return extension;
        }

        /**
         * The target with this format's extension: a file chooser on Linux returns the name as typed, so
         * "报告" chosen under the Word filter becomes "报告.docx" (and "报告.odt" becomes "报告.odt.docx",
         * as Windows' dialog names it), never a file the export would refuse.
         */
        public Path completed(Path target) {
            String file = target.getFileName() == null ? "" : target.getFileName().toString();
            return file.toLowerCase(Locale.ROOT).endsWith("." + extension) ? target
                    : target.resolveSibling(file + "." + extension);
        }

        /**
         * The format of the target, by its extension in any case (.docx, .DOCX). A name the export does not
         * know (.odt, .wps, .doc, none) is refused rather than written as .docx under a misleading name.
         */
        public static Format of(Path target) {
            Path name = target.getFileName();
            String file = name == null ? "" : name.toString();
            int dot = file.lastIndexOf('.');
            String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return format;
                }
            }
            String known = Arrays.stream(values()).map(f -> "." + f.extension + "（" + f.description + "）")
                    .collect(Collectors.joining("、"));
            String knownEnglish = Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
            String given = extension.isEmpty() ? "没有扩展名" : "扩展名 ." + extension;
            throw new BadInputException(
                    "无法导出为 " + file + "：不支持" + given + "，请用 " + known,
                    "cannot export to " + file + ": " + (extension.isEmpty() ? "no extension" : "." + extension
                            + " is not a format the export writes") + "; use " + knownEnglish);
        }
    }

    /**
     * What a page format's export says: its page count and the fonts substituted for missing ones. A .docx
     * has neither (Word sets its own pages): zero pages and no substitutions.
     */
    public record Result(Format format, int pages, List<String> substitutions) {
    }

    private final ReportStore store;

    /** @param store the user's database, for a stored report's way back; null when there is none */
    public ExportByFormat(ReportStore store) {
        this.store = store;
    }

    public Result export(Report report, Path target) {
        Format format = Format.of(target);
        switch (format) {
            case PDF -> {
                PdfExporter.Result r = new PdfExporter().export(report, target);
                return new Result(format, r.pages(), r.substitutions());
            }
            case OFD -> {
                OfdExporter.Result r = new OfdExporter().export(report, target);
                return new Result(format, r.pages(), r.substitutions());
            }
            default -> {
                if (store != null && report.id() != null) {
                    new ExportForReview(store).export(report, target);
                } else {
                    new DocxExporter().export(report, target);
                }
                return new Result(format, 0, List.of());
            }
        }
    }
}
