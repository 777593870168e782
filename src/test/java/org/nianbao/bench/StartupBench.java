package org.nianbao.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

/**
 * Issue 10's start-up target: the app's window with the sample report against the smallest JavaFX
 * window ({@link SmallestWindow}, the same JavaFX jars), started alternately (app, smallest, app, …)
 * so that both see the same machine; prints each run, both medians and their ratio.
 *
 * <p>A run's time is the wall clock from starting the child JVM until it prints its marker line
 * {@code window-shown-ms N} (both print it after their first laid-out frame, N being the JVM's own
 * uptime then, and quit): the JVM's start is included, the shutdown is not. One command (docs/benchmarks.md):
 * <pre>
 * xvfb-run -a mvn -B -Pstartup verify -DskipTests          # java -jar target/nianbao.jar on a display
 * mvn -B -Pstartup verify -DskipTests -Dstartup.runs=20    # more runs
 * </pre>
 * By hand: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.nianbao.bench.StartupBench RUNS [JAR]}: without a jar both run headless (Monocle, software
 * rendering) from the class path; with {@code -Dpages=100} the app opens a 100-page report instead.
 */
public final class StartupBench {

    private static final String MARKER = "window-shown-ms ";
    /** The app's second line: its whole window laid out in place of the first paint (ui.app.FirstPaint). */
    private static final String READY = "window-ready-ms ";
    /** The CPU time the process had used at its first frame (all threads): a figure the machine's load hardly moves. */
    private static final String CPU = "process-cpu-ms ";
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw");

    private StartupBench() {
    }

    /** One side's times: to the marker as seen from outside, and the JVM uptime the child printed. */
    private record Side(String name, List<Long> wall, List<Long> uptime, List<Long> ready, List<Long> cpu) {
        Side(String name) {
            this(name, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String jar = args.length > 1 ? args[1] : null;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Path db = Files.createTempDirectory("nianbao-startup").resolve("sample.db");

        List<String> app = new ArrayList<>(List.of(java, "-Dnianbao.startupProbe=true"));
        List<String> smallest = new ArrayList<>(List.of(java));
        if (jar == null) {
            app.addAll(HEADLESS);
            app.addAll(List.of("-cp", classpath, "org.nianbao.Launcher", "--db", db.toString()));
            smallest.addAll(HEADLESS);
            smallest.addAll(List.of("-cp", classpath, SmallestWindow.class.getName()));
        } else {
            app.addAll(List.of("-jar", jar, "--db", db.toString()));
            // the smallest window from the same jar: the same JavaFX classes and native libraries
            smallest.addAll(List.of("-cp", jar + File.pathSeparator + codeSource(), SmallestWindow.class.getName()));
        }

        int pages = Integer.getInteger("pages", 0);
        if (pages > 0) {
            try (ReportStore store = ReportStore.open(db)) {
                Report big = store.insert(HundredPageReport.ofPages(pages));
                System.out.println("report: " + big.outline().size() + " sections, "
                        + HundredPageReport.characters(big) + " characters");
            }
        }
        System.out.printf(Locale.ROOT, "load average at the start: %s%n", loadAverage());
        // one start of each not counted: the app's first start creates the database with the sample
        // report, as an officer's first start does; both then find their files in the disk cache
        time(app);
        time(smallest);

        Side a = new Side("app (window with the report)");
        Side b = new Side("smallest JavaFX window");
        for (int i = 0; i < runs; i++) {
            record(a, app);
            record(b, smallest);
            System.out.printf(Locale.ROOT, "run %2d: app %5d ms (uptime %5d; whole window %5d ms), smallest %5d ms (uptime %5d)%n",
                    i + 1, last(a.wall()), last(a.uptime()), last(a.ready()), last(b.wall()), last(b.uptime()));
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ratios.add((double) a.wall().get(i) / b.wall().get(i));
        }
        System.out.printf(Locale.ROOT, "median %s: %d ms (JVM uptime at the first frame %d ms)%n", a.name(),
                median(a.wall()), median(a.uptime()));
        System.out.printf(Locale.ROOT, "median %s: %d ms (JVM uptime at the first frame %d ms)%n", b.name(),
                median(b.wall()), median(b.uptime()));
        System.out.printf(Locale.ROOT, "ratio of the medians: %.2f; median of the %d paired ratios: %.2f (target: at most 1.5)%n",
                (double) median(a.wall()) / median(b.wall()), runs, median(ratios));
        System.out.printf(Locale.ROOT, "median process CPU at the first frame: app %d ms, smallest window %d ms (%.2f times)%n",
                median(a.cpu()), median(b.cpu()), (double) median(a.cpu()) / median(b.cpu()));
        if (a.ready().stream().allMatch(t -> t > 0)) {
            System.out.printf(Locale.ROOT, "median app whole window (every pane laid out, the first paint replaced): %d ms,"
                    + " %.2f times the smallest window%n", median(a.ready()), (double) median(a.ready()) / median(b.wall()));
        }
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    }

    private static void record(Side side, List<String> command) throws IOException, InterruptedException {
        long[] t = time(command);
        side.wall().add(t[0]);
        side.uptime().add(t[1]);
        side.ready().add(t[2]);
        side.cpu().add(t[3]);
    }

    /**
     * Starts the command; returns the milliseconds until its marker line, the uptime it printed, and the
     * milliseconds until its whole window was ready (-1 when it printed no such line: the smallest window).
     */
    private static long[] time(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long wall = -1;
        long uptime = -1;
        long ready = -1;
        long cpu = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(MARKER) && wall < 0) {
                    wall = (System.nanoTime() - t0) / 1_000_000;
                    uptime = Long.parseLong(line.substring(MARKER.length()).trim());
                } else if (line.startsWith(CPU) && cpu < 0) {
                    cpu = Long.parseLong(line.substring(CPU.length()).trim());
                } else if (line.startsWith(READY) && ready < 0) {
                    ready = (System.nanoTime() - t0) / 1_000_000;
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        p.waitFor();
        if (wall < 0) {
            throw new IllegalStateException("no window was shown by " + String.join(" ", command) + ":\n" + output);
        }
        return new long[] {wall, uptime, ready, cpu};
    }

    /** Where this class was loaded from (target/test-classes), for the smallest window's class path. */
    private static String codeSource() throws Exception {
        return Path.of(SmallestWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long last(List<Long> values) {
        return values.get(values.size() - 1);
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
