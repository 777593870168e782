package org.nianbao.layout.ofd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.nianbao.layout.FontRole;
import org.nianbao.layout.fonts.FontFace;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.outlines.CT_OutlineElem;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/** The OFD read back with ofdrw: the engine's text on each page, fonts embedded, outline, properties. */
class OfdExportTest {

    @TempDir
    static Path dir;

    private static Report report;
    private static LaidOutReport pages;
    private static Path ofd;

    @BeforeAll
    static void export() {
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        report = ExportFixtures.withEverything(ExportFixtures.small());
        OfdExporter exporter = new OfdExporter();
        pages = exporter.layOut(report);
        ofd = dir.resolve("报告.ofd");
        OfdExporter.Result result = exporter.export(report, ofd);
        assertThat(result.pages()).isEqualTo(pages.pageCount());
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void eachPageHoldsTheEnginesText() throws Exception {
        try (OFDReader reader = new OFDReader(ofd)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(pages.pageCount());
            ContentExtractor extractor = new ContentExtractor(reader);
            for (int i = 0; i < pages.pageCount(); i++) {
                String text = String.join("", extractor.getPageContent(i + 1));
                assertThat(squeeze(text)).as("page " + (i + 1)).isEqualTo(squeeze(pages.pages().get(i).text()));
            }
        }
    }

    @Test
    void pagesAreA4AndEveryFontIsEmbeddedAsAFaceOfItsOwnWithEveryCharacterPrinted() throws Exception {
        try (OFDReader reader = new OFDReader(ofd); ZipFile zip = new ZipFile(ofd.toFile())) {
            var box = reader.getPageSize(1);
            assertThat(box.getWidth()).isCloseTo(210, offset(0.5));
            assertThat(box.getHeight()).isCloseTo(297, offset(0.5));
            Map<String, Set<Integer>> printed = new HashMap<>();
            for (TextObject text : new ContentExtractor(reader).extractAllTextObject()) {
                Set<Integer> chars = printed.computeIfAbsent(text.getFont().toString(), f -> new HashSet<>());
                text.getTextCodes().forEach(code -> code.getContent().codePoints().filter(c -> c != ' ').forEach(chars::add));
            }
            List<CT_Font> fonts = reader.getResMgt().getFonts();
            assertThat(fonts).isNotEmpty();
            for (CT_Font font : fonts) {
                String file = font.getFontFile().getFileName();
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith("/" + file)).findFirst().orElseThrow();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                // one face, not a collection whose first face a reader would take
                assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).as(file).isNotEqualTo("ttcf");
                TrueTypeFont parsed = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("OTTO")
                        ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
                        : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                assertThat(printed).as("text printed in " + font.getFontName()).containsKey(font.getID().toString());
                try (parsed) {
                    for (int c : printed.get(font.getID().toString())) {
                        assertThat(parsed.getUnicodeCmapLookup().getGlyphId(c))
                                .as(font.getFontName() + " has " + Character.toString(c)).isPositive();
                    }
                }
            }
        }
    }

    @Test
    void aTrueTypeFaceIsEmbeddedAsASubsetOfTheCharactersPrinted() throws Exception {
        InstalledFonts system = InstalledFonts.system();
        FontFace latin = system.choice(FontRole.LATIN).map(InstalledFonts.Choice::face).orElse(null);
        assumeTrue(latin != null && !latin.cff(), "no TrueType Latin face installed");
        try (ZipFile zip = new ZipFile(ofd.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().contains("/Res/") && e.getName().endsWith(".ttf"))
                    .findFirst().orElseThrow();
            assertThat(entry.getSize()).isLessThan(Files.size(latin.file()) / 2);
            // outlines, metrics, cmap, names and hinting only: no bitmaps, no layout tables copied whole
            java.nio.ByteBuffer font = java.nio.ByteBuffer.wrap(zip.getInputStream(entry).readAllBytes());
            java.util.List<String> tables = new java.util.ArrayList<>();
            for (int i = 0; i < Short.toUnsignedInt(font.getShort(4)); i++) {
                byte[] tag = new byte[4];
                font.get(12 + 16 * i, tag);
                tables.add(new String(tag, java.nio.charset.StandardCharsets.US_ASCII));
            }
            assertThat(tables).isSubsetOf(FontFiles.SUBSET_TABLES).contains("glyf", "cmap", "hmtx");
        }
    }

    @Test
    void theOutlineMirrorsTheHeadingsAndThePropertiesAreSet() throws Exception {
        try (OFDReader reader = new OFDReader(ofd)) {
            Document document = reader.getOFDDir().obtainDocDefault().getDocument();
            List<String> top = new ArrayList<>();
            for (CT_OutlineElem item : document.getOutlines().getOutlineElems()) {
                top.add(item.getTitle());
            }
            assertThat(top).containsExactly("一、主要举措和成效", "二、存在的不足和原因", "三、下一年度工作安排");
            CT_OutlineElem first = document.getOutlines().getOutlineElems().get(0);
            assertThat(first.getOutlineElems().get(0).getTitle()).isEqualTo("（一）提高政治站位，落实法治责任。");
            CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            assertThat(info.getTile()).isEqualTo(report.title());
            assertThat(info.getAuthor()).isEqualTo("示例区人民政府");
            assertThat(info.getSubject()).contains("法治政府建设年度报告");
        }
    }

    @Test
    void withoutAnyChineseFontTheExportSaysWhatToInstallAndWritesNothing(@TempDir Path empty) {
        InstalledFonts none = new InstalledFonts(InstalledFonts.scan(List.of(empty)));
        Path target = empty.resolve("x.ofd");
        assertThatThrownBy(() -> new OfdExporter(none).export(report, target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("没有安装中文字体")
                .hasMessageContaining("fonts-noto-cjk");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aTargetInAMissingFolderIsRefusedWithAMessage(@TempDir Path folder) {
        Path target = folder.resolve("没有这个文件夹").resolve("报告.ofd");
        assertThatThrownBy(() -> new OfdExporter().export(report, target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("文件夹不存在");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aFolderNamedAsTheTargetIsNotReplaced(@TempDir Path folder) throws Exception {
        Path target = Files.createDirectory(folder.resolve("报告.ofd"));
        Path inside = Files.writeString(target.resolve("留着.txt"), "原有内容");
        assertThatThrownBy(() -> new OfdExporter().export(report, target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("无法写入");
        assertThat(inside).hasContent("原有内容");
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path folder) throws Exception {
        Path target = Files.writeString(folder.resolve("报告.ofd"), "旧文件");
        new OfdExporter().export(report, target);
        try (OFDReader reader = new OFDReader(target)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(pages.pageCount());
        }
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
