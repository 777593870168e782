package org.nianbao.importing;

import org.nianbao.testing.DocxFixtures;
import org.nianbao.testing.BadFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;

/**
 * Whatever the file holds, the importer answers with a report or a BadInputException, never
 * another exception. Seeded, so a failure reproduces.
 */
class ImportFuzzTest {

    private static final long SEED = 918273645L;

    @TempDir
    Path dir;

    private static void readsOrRefuses(Path file) {
        try {
            Report report = new ReportImporter().read(file);
            assertThat(report.sections()).as("a report read from %s has parts", file).isNotEmpty();
        } catch (BadInputException e) {
            assertThat(e.chinese()).isNotBlank();
            HonestMessagesTest.assertSpeaksToTheUser(e);
        }
    }

    @Test
    void randomBytesAreReadOrRefusedUnderEitherName() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            readsOrRefuses(BadFiles.write(dir, "r" + i + ".txt", bytes));
            readsOrRefuses(BadFiles.write(dir, "r" + i + ".docx", bytes));
        }
    }

    @Test
    void shuffledAndCutFixtureLinesAreReadOrRefused() throws Exception {
        List<String> lines = Files.readAllLines(TextReportImportTest.fixture("shiliqu-2023-full.txt"));
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            List<String> mutated = new ArrayList<>(lines);
            for (int k = random.nextInt(6); k > 0 && !mutated.isEmpty(); k--) {
                int at = random.nextInt(mutated.size());
                switch (random.nextInt(4)) {
                    case 0 -> mutated.remove(at);
                    case 1 -> mutated.add(random.nextInt(mutated.size() + 1), mutated.get(at));
                    case 2 -> mutated.set(at, mutated.get(at).substring(0, random.nextInt(mutated.get(at).length() + 1)));
                    default -> java.util.Collections.swap(mutated, at, random.nextInt(mutated.size()));
                }
            }
            readsOrRefuses(Files.write(dir.resolve("m" + i + ".txt"), mutated));
        }
    }

    @Test
    void corruptedWordFilesAreReadOrRefused() throws Exception {
        byte[] docx = Files.readAllBytes(DocxFixtures.markedReport(dir));
        Random random = new Random(SEED);
        for (int i = 0; i < 60; i++) {
            byte[] broken = Arrays.copyOf(docx, docx.length);
            for (int k = 1 + random.nextInt(20); k > 0; k--) {
                broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
            }
            readsOrRefuses(BadFiles.write(dir, "c" + i + ".docx", broken));
        }
    }
}
