package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.nianbao.model.BadInputException;

/**
 * The sample report the app ships (written by us for a made-up district; see
 * {@code resources/sample/README.md}), which a new user's database starts with. The file is plain
 * UTF-8 text in the format the importer reads; the caller imports it (the store knows no importer).
 */
public final class SampleData {

    static final String FILE_NAME = "示例区2023年法治政府建设年度报告.txt";
    /** The build puts the top-level {@code resources/} folder under {@code /shipped/} in the jar. */
    static final String RESOURCE = "/shipped/sample/" + FILE_NAME;

    private SampleData() {
    }

    /** The sample's file name, as the officer sees it in the import dialog and in the report list. */
    public static String sampleFileName() {
        return FILE_NAME;
    }

    /** The sample's bytes (UTF-8 text); the caller closes the stream. */
    public static InputStream sampleText() {
        InputStream in = SampleData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            // only a broken build lacks it; say so plainly rather than fail later with a null
            throw new BadInputException("程序包中缺少示例报告（" + RESOURCE + "），请重新安装",
                    "the sample report " + RESOURCE + " is missing from the application; reinstall it");
        }
        return in;
    }

    /**
     * Writes the sample into {@code directory} under its own name (replacing an older copy) and
     * returns the file, for the importer, which reads files: {@code new ReportImporter().read(path)}.
     */
    public static Path writeTo(Path directory) {
        Path target = directory.resolve(FILE_NAME);
        try (InputStream in = sampleText()) {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "sample", ".part");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample report into " + directory, e);
        }
        return target;
    }
}
