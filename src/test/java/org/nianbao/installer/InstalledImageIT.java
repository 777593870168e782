package org.nianbao.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher of the app image that {@code mvn -Pinstaller package} built, the way an officer's
 * machine runs it: no Java on the PATH, no JAVA_HOME, an empty home folder. Skips (with the command
 * that builds the image) when there is no image, so a plain {@code mvn verify} passes.
 */
class InstalledImageIT {

    private static Path image;
    private static Path launcher;

    @TempDir
    Path dir;

    @BeforeAll
    static void findImage() {
        String configured = System.getProperty("nianbao.image");
        image = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.dir"), "target", "installer", "Nianbao");
        launcher = launcherOf(image);
    }

    /** Per test, not per class: surefire then counts and lists the skipped tests with the reason. */
    @BeforeEach
    void skipWithoutImage() {
        assumeTrue(Files.isExecutable(launcher),
                "no app image at " + image + ": build it with `mvn -Pinstaller package` (skipping)");
    }

    /** Where jpackage puts the launcher and the jar on each system: {launcher, app folder}. */
    private static Path[] layout(Path image) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new Path[] {image.resolve("Nianbao.exe"), image.resolve("app")};
        }
        if (os.startsWith("mac")) {
            Path bundle = image.resolveSibling("Nianbao.app").resolve("Contents");
            return new Path[] {bundle.resolve("MacOS/Nianbao"), bundle.resolve("app")};
        }
        return new Path[] {image.resolve("bin/Nianbao"), image.resolve("lib/app")};
    }

    private static Path launcherOf(Path image) {
        return layout(image)[0];
    }

    private static Path appDir() {
        return layout(image)[1];
    }

    record Result(int exit, String out, String err) {
    }

    /** Runs the launcher with a PATH that holds no java and nothing that points at a JDK. */
    private Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        return runWith(launcher, extraEnv, args);
    }

    private Result runWith(Path program, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        Path emptyBin = Files.createDirectories(dir.resolve("empty-bin"));
        Path home = Files.createDirectories(dir.resolve("home"));
        env.keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("JDK_") || k.startsWith("_JAVA")
                || k.equals("CLASSPATH") || k.equals("NIANBAO_DB") || k.equals("LANG") || k.startsWith("LC_"));
        // the minimal UTF-8 locale: under plain C (ASCII) Java 17 cannot name a file with Chinese
        // characters at all (InvalidPathException), whatever the program does; see installer/README.md
        env.put("LC_ALL", "C.UTF-8");
        env.put("PATH", emptyBin.toString());
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.putAll(extraEnv);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish within 120 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private List<String> commands() throws IOException, InterruptedException {
        Result help = run("--help");
        assertThat(help.exit()).as(help.err()).isZero();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^Commands:\\s*$([\\s\\S]*)").matcher(help.out());
        if (m.find()) {
            Matcher name = Pattern.compile("(?m)^ {2}([a-z][a-z-]*)\\b").matcher(m.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private Path sample() throws IOException {
        Path sample = dir.resolve("示例区2023年法治政府建设年度报告.txt");
        Files.copy(appDir().resolve("cds/sample.txt"), sample);
        return sample;
    }

    @Test
    void launcherAnswersVersionWithThePomVersionWithoutJavaOnThePath() throws Exception {
        Result r = run("--version");
        assertThat(r.exit()).as(r.err()).isZero();
        String expected = System.getProperty("nianbao.version");
        assertThat(r.out().strip()).startsWith("年报 Nianbao ").doesNotEndWith("dev");
        if (expected != null) {
            assertThat(r.out().strip()).isEqualTo("年报 Nianbao " + expected);
        }
    }

    @Test
    void everyCommandOfTheCommandLineLoadsInTheImage() throws Exception {
        // subcommands need not offer --help; an unknown option reaches each command's own parser and
        // must come back as the program's usage error, not as a class missing from the trimmed runtime
        List<String> commands = commands();
        assertThat(commands).contains("import", "list", "show", "check", "export");
        for (String command : commands) {
            Result r = run(command, "--no-such-option");
            assertThat(r.exit()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(command).contains("用法错误").doesNotContain("Exception").doesNotContain("Error:");
        }
    }

    @Test
    void listCreatesTheDatabaseWithTheImagesOwnSqliteAndRuntime() throws Exception {
        Path db = dir.resolve("data/nianbao.db");
        Files.createDirectories(db.getParent());
        Result r = run("--db", db.toString(), "list");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(db).exists();
    }

    @Test
    void importThenListShowsTheSampleInChineseThroughAPipe() throws Exception {
        Path db = dir.resolve("nianbao.db");
        Result imported = run("--db", db.toString(), "import", sample().toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Result listed = run("--db", db.toString(), "list");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("2023").contains("示例区2023年法治政府建设年度报告");
    }

    @Test
    void checkOfTheSampleFindsItsOneDeliberateError() throws Exception {
        Result r = run("--db", dir.resolve("nianbao.db").toString(), "check", sample().toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1); // ExitCode.CHECK_ERRORS
        assertThat(r.out()).contains("错误1项").contains("97.47%").contains("96.47%");
    }

    @Test
    void exportOfTheSampleWritesAWordDocument() throws Exception {
        Path docx = dir.resolve("示例区.docx");
        Result r = run("--db", dir.resolve("nianbao.db").toString(), "export", sample().toString(),
                "--out", docx.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).contains("示例区").contains("现将有关情况报告如下");
        }
    }

    @Test
    void theLauncherMapsTheTrainedClassDataSharingArchive() throws Exception {
        assertThat(appDir().resolve("nianbao.jsa")).isNotEmptyFile();
        assertMapsTheArchive(launcher);
    }

    @Test
    void theLinuxScriptLauncherRunsTheSameAppWithTheSameArchive() throws Exception {
        Path script = image.resolve("bin/nianbao");
        assumeTrue(Files.isExecutable(script), "no bin/nianbao: the script launcher is built on Linux only");
        Result version = runWith(script, Map.of(), "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).isEqualTo(run("--version").out());
        assertMapsTheArchive(script);
    }

    private void assertMapsTheArchive(Path program) throws Exception {
        // the VM reads JAVA_TOOL_OPTIONS whatever launched it; "(top)" marks classes from the app's archive
        Result r = runWith(program, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"),
                "--db", dir.resolve("nianbao.db").toString(), "list");
        assertThat(r.exit()).as(r.err()).isZero();
        long fromAppArchive = r.out().lines().filter(l -> l.contains("source: shared objects file (top)")).count();
        assertThat(fromAppArchive).as("classes loaded from nianbao.jsa").isGreaterThan(100);
        assertThat(r.out()).contains("org.nianbao.cli.NianbaoCli source: shared objects file (top)");
    }
}
