package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

    @TempDir
    Path dir;

    private static String sample() throws IOException {
        try (InputStream in = SampleData.sampleText()) {
            byte[] bytes = in.readAllBytes();
            // strict decoding: a stray GBK byte would throw here instead of turning into U+FFFD
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("the sample is not valid UTF-8", e);
        }
    }

    @Test
    void theSampleIsShippedAsUtf8TextOnTheClassPath() throws IOException {
        String text = sample();
        assertThat(text).startsWith("示例区2023年法治政府建设年度报告\n");
        assertThat(text).doesNotStartWith("\uFEFF");
        assertThat(SampleData.sampleFileName()).isEqualTo("示例区2023年法治政府建设年度报告.txt");
    }

    @Test
    void theSampleHasTheFivePartsOfTheRegulationThenIssuersAndDate() throws IOException {
        List<String> lines = sample().lines().toList();
        assertThat(lines).filteredOn(l -> l.matches("^[一二三四五六七八九十]、.*"))
                .extracting(l -> l.substring(0, 2))
                .containsExactly("一、", "二、", "三、", "四、", "五、");
        assertThat(lines.get(1)).endsWith("现将有关情况报告如下：");
        assertThat(lines.subList(lines.size() - 3, lines.size()))
                .containsExactly("中共示例区委员会", "示例区人民政府", "2024年1月30日");
    }

    @Test
    void theProblemPartListsItsItemsAsOneEnumeratedParagraph() throws IOException {
        List<String> lines = sample().lines().toList();
        int part = lines.indexOf("二、2023年推进法治政府建设存在的不足和原因");
        assertThat(part).isPositive();
        assertThat(lines.get(part + 1)).containsSubsequence("一是", "；二是", "；三是").endsWith("。");
        assertThat(lines.get(part + 2)).doesNotContain("一是");
    }

    @Test
    void theSampleUsesFullWidthPunctuationOnly() throws IOException {
        // half-width punctuation in Chinese prose is one of the checker's findings; the sample must
        // not trigger it, or the one deliberate error drowns among others
        assertThat(sample()).doesNotContainPattern("[,;:()!?]");
    }

    @Test
    void writeToPutsAnIdenticalCopyUnderItsOwnName() throws IOException {
        Path file = SampleData.writeTo(dir.resolve("new"));
        assertThat(file.getFileName().toString()).isEqualTo(SampleData.sampleFileName());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(sample());
        // a second call replaces the copy and leaves no temporary file behind
        SampleData.writeTo(dir.resolve("new"));
        try (var files = Files.list(dir.resolve("new"))) {
            assertThat(files).containsExactly(file);
        }
    }
}
