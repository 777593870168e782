package org.nianbao.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nianbao.model.BadInputException;

/**
 * The formats {@code export --out} writes, known by the file's extension. A name the export does not
 * know (report.pdf before there is a PDF writer) is refused rather than written as .docx under a
 * misleading name. A new format is one more constant here and one more case in ExportCommand.
 */
enum OutputFormat {
    DOCX("docx", "Word 文档"),
    PDF("pdf", "PDF 文件"),
    OFD("ofd", "OFD 版式文件");

    private final String extension;
    private final String description;

    OutputFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    String extension() {
        return extension;
    }

    /** The format of the target, by its extension in any case (.docx, .DOCX). */
    static OutputFormat of(Path target) {
        Path name = target.getFileName();
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
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
