package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Department;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

/**
 * The sample report the app ships (written by us for a made-up district; see
 * {@code resources/sample/README.md}), which a new user's database starts with. The file is plain
 * UTF-8 text in the format the importer reads; the caller imports it (the store knows no importer).
 */
public final class SampleData {

    static final String FILE_NAME = "示例区2023年法治政府建设年度报告.txt";
    /** The build puts the top-level {@code resources/} folder under {@code /shipped/} in the jar. */
    static final String RESOURCE = "/shipped/sample/" + FILE_NAME;

    /** The sample's departments and their metrics (see the file's header), so the collection round can be tried. */
    static final String COLLECTION = "/shipped/sample/示例区数据收集.tsv";

    private SampleData() {
    }

    /** The sample's metrics, each naming the department that reports it, with this year's and last year's values. */
    public static List<Metric> metrics() {
        List<Metric> out = new ArrayList<>();
        for (String[] f : collectionRows("指标")) {
            out.add(new Metric(null, f[1], decimal(f[2]), f[4], f[3].isEmpty() ? Magnitude.NONE : Magnitude.ofWord(f[3]),
                    false, f[5], decimal(f[6]), f[7], null, null));
        }
        return out;
    }

    /** The sample's departments (报送部门) with contact, phone and the material each owes. */
    public static List<Department> departments() {
        return collectionRows("部门").stream().map(f -> Department.of(f[1], f[2], f[3], f[4])).toList();
    }

    /**
     * The sample's departments that a report's metrics name: all of them for the sample, none for a
     * report from the outline template, so a first run can store them after the report whatever it is.
     */
    public static List<Department> departmentsOf(Report report) {
        Set<String> named = report.metrics().stream().map(Metric::department).collect(Collectors.toSet());
        return departments().stream().filter(d -> named.contains(d.name())).toList();
    }

    private static BigDecimal decimal(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static List<String[]> collectionRows(String kind) {
        String text;
        try (InputStream in = SampleData.class.getResourceAsStream(COLLECTION)) {
            if (in == null) {
                throw new BadInputException("程序包中缺少示例数据收集表（" + COLLECTION + "），请重新安装",
                        "the sample's departments " + COLLECTION + " are missing from the application; reinstall it");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (!line.startsWith("#") && fields[0].equals(kind)) {
                out.add(java.util.Arrays.copyOf(fields, 8));
            }
        }
        out.replaceAll(f -> java.util.Arrays.stream(f).map(x -> x == null ? "" : x.strip()).toArray(String[]::new));
        return out;
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
