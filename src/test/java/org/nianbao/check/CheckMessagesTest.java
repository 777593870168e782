package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckMessagesTest {

    @Test
    void numbersAreInsertedAsWrittenWithoutGrouping() {
        assertThat(CheckMessages.get("deadline.undated", 2021)).isEqualTo("尚未填写成文日期。报告须在2021年4月1日前公开。");
    }

    @Test
    void theTextOfAFindingIsTheOneTheBundleHolds() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("示例。").withDate(LocalDate.of(2021, 4, 1)), RuleId.DEADLINE);
        assertThat(f.message()).isEqualTo("成文日期2021年4月1日不早于2021年4月1日：年度报告须在4月1日前向社会公开，请核对日期。");
    }

    @Test
    void aFigureMessageComesFromTheBundleWithItsArguments() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("全年受理120件，办结90件，办结率80%。"), RuleId.RATE);
        assertThat(f.message()).isEqualTo("办结率写作80%，但按办结90÷受理120计算为75.00%，四舍五入到整数应为75%。请核对办结率或所用数字。");
        assertThat(f.severity()).isEqualTo(RuleId.RATE.severity());
    }

    @Test
    void aMetricNameIsPrintedWithItsBracesInTheMessage() {
        assertThat(Findings.text(RuleId.METRIC_PROSE, "count", "受理", "120件", "100件")).endsWith("{{受理}}。");
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = CheckMessages.class.getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRuleIdHasItsMessagesAndEveryMessageBelongsToARule() throws IOException {
        Properties p = bundle();
        for (RuleId id : RuleId.values()) {
            assertThat(p.stringPropertyNames()).as("messages of %s", id).anyMatch(k -> k.startsWith(id.id() + "."));
        }
        assertThat(p.stringPropertyNames()).allMatch(k -> Stream.of(RuleId.values()).anyMatch(id -> k.startsWith(id.id() + ".")),
                "starts with a rule id");
    }

    @Test
    void everyLoweredSeverityNamesAMessageTheBundleHas() throws IOException {
        assertThat(bundle().stringPropertyNames()).containsAll(Findings.LOWERED.keySet());
    }

    /** A string literal with a Chinese sentence in it: a message built in code. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** What a message says and a word list or a pattern does not. */
    private static final Pattern SENTENCE = Pattern.compile("[，。；！？]|请|不据此|相符|应为|无法|核对");
    private static final Pattern REGEX = Pattern.compile("[\\[|\\\\]|\\(\\?");

    @Test
    void noRuleClassWritesAMessageInCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/nianbao/check"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // RuleId's descriptions document the rules, in both languages; RateLibrary's are the rates'
                // definitions (data a message quotes); FindingsText lays out the report, not a finding
                if (file.endsWith("RuleId.java") || file.endsWith("RateLibrary.java") || file.endsWith("FindingsText.java")) {
                    continue;
                }
                boolean inExamples = false;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.contains("List<RuleExample> examples()")) {
                        inExamples = true; // example sentences are the text checked, not what it says
                    } else if (inExamples && line.startsWith("    }")) {
                        inExamples = false;
                    }
                    String code = line.strip();
                    if (inExamples || code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                        continue;
                    }
                    int comment = line.indexOf(" // ");
                    Matcher m = LITERAL.matcher(comment < 0 ? line : line.substring(0, comment));
                    while (m.find()) {
                        String s = m.group(1);
                        if (HAN.matcher(s).find() && SENTENCE.matcher(s).find() && !REGEX.matcher(s).find()) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + s);
                        }
                    }
                }
            }
        }
        assertThat(found).as("Chinese messages written in code instead of messages.properties").isEmpty();
    }
}
