package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line example is what the program prints: each {@code $ java -jar ...} line is
 * run on a fresh database, and the lines under it must match its output in order ("…" alone stands
 * for the lines left out, "…" inside a line for any text; {@code $ echo $?} shows the exit code).
 */
class ReadmeExampleTest {

    private static final String JAR = "java -jar target/nianbao.jar ";

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleMatchesARealRunOfTheSample() throws IOException {
        List<String> block = exampleBlock(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(block).as("the README's example block").anyMatch(l -> l.startsWith("$ " + JAR));
        Path db = dir.resolve("readme.db");
        int lastExit = 0;
        int i = 0;
        while (i < block.size()) {
            String command = block.get(i++);
            assertThat(command).as("a command line").startsWith("$ ");
            List<String> expected = new ArrayList<>();
            while (i < block.size() && !block.get(i).startsWith("$ ")) {
                expected.add(block.get(i++));
            }
            List<String> actual;
            if (command.equals("$ echo $?")) {
                actual = List.of(String.valueOf(lastExit));
            } else {
                assertThat(command).startsWith("$ " + JAR);
                CliRun run = run(command.substring(("$ " + JAR).length()), db);
                lastExit = run.exitCode();
                actual = command.contains(" > ") ? List.of() : run.out().lines().toList();
            }
            assertMatches(command, expected, actual);
        }
    }

    /** The fenced block after the line that introduces the example (示例…). */
    static List<String> exampleBlock(List<String> readme) {
        int intro = 0;
        while (intro < readme.size() && !readme.get(intro).startsWith("示例")) {
            intro++;
        }
        int open = intro;
        while (open < readme.size() && !readme.get(open).startsWith("```")) {
            open++;
        }
        int close = open + 1;
        while (close < readme.size() && !readme.get(close).startsWith("```")) {
            close++;
        }
        return readme.subList(Math.min(open + 1, readme.size()), Math.min(close, readme.size()));
    }

    /** Runs the arguments on the test's database; a redirect or an --out file goes to the test folder. */
    private CliRun run(String arguments, Path db) {
        String args = arguments.contains(" > ") ? arguments.substring(0, arguments.indexOf(" > ")) : arguments;
        List<String> argv = new ArrayList<>(List.of("--db", db.toString()));
        String[] words = args.split(" ");
        for (int w = 0; w < words.length; w++) {
            argv.add(words[w]);
            if (words[w].equals("--out") && w + 1 < words.length) {
                argv.add(dir.resolve(words[++w]).toString());
            }
        }
        return CliRun.of(argv.toArray(String[]::new));
    }

    private static void assertMatches(String command, List<String> expected, List<String> actual) {
        int a = 0;
        for (String line : expected) {
            if (line.strip().equals("…")) {
                return; // the rest of the output is left out
            }
            assertThat(a).as("%s: output ends before \"%s\"; it was %s", command, line, actual).isLessThan(actual.size());
            assertThat(actual.get(a)).as(command).matches(pattern(line));
            a++;
        }
        assertThat(actual.subList(a, actual.size())).as("%s prints more than the README shows", command).isEmpty();
    }

    private static Pattern pattern(String line) {
        return Pattern.compile(String.join(".*", Arrays.stream(line.split("…", -1)).map(Pattern::quote).toList()));
    }
}
