package org.nianbao.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

/**
 * Time from starting the JVM to the main window shown with a 100-page report: wall clock around
 * each child JVM run (the JVM start included), and the JVM uptime the window reports when shown.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.nianbao.bench.StartupBench 7
 * </pre>
 * The child runs headless (Monocle, software rendering), as on a machine without a display. With a
 * second argument, the child is {@code java -jar THAT.jar} on the real display (here under Xvfb):
 * <pre>
 * mvn -B -o -q package -DskipTests
 * xvfb-run -a java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.nianbao.bench.StartupBench 7 target/nianbao.jar
 * </pre>
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String jar = args.length > 1 ? args[1] : null;
        Path db = Files.createTempDirectory("nianbao-bench").resolve("bench.db");
        try (ReportStore store = ReportStore.open(db)) {
            Report big = store.insert(HundredPageReport.ofPages(100));
            System.out.println("report: " + big.outline().size() + " sections, "
                    + HundredPageReport.characters(big) + " characters");
        }
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> wall = new ArrayList<>();
        List<Long> uptime = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<String> command = jar == null
                    ? List.of(java, "-cp", classpath, "-Dnianbao.startupProbe=true",
                            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                            "org.nianbao.Launcher", "--db", db.toString())
                    : List.of(java, "-Dnianbao.startupProbe=true", "-jar", jar, "--db", db.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            long shown = -1;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("window-shown-ms ")) {
                        shown = Long.parseLong(line.substring("window-shown-ms ".length()).trim());
                    }
                }
            }
            p.waitFor();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            wall.add(ms);
            uptime.add(shown);
            System.out.println("run " + (i + 1) + ": process " + ms + " ms, window shown at JVM uptime " + shown + " ms");
        }
        System.out.println("median process wall time: " + median(wall) + " ms; median uptime at window shown: "
                + median(uptime) + " ms");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
