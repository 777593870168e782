package org.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.DocxExporter;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.compose.ExportForReview;
import org.nianbao.store.ReportStore;

/** Issue 12, the way back: an export records its snapshot and leaves ids and hidden bookmarks, nothing visible. */
class ExportSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void anExportRecordsEachSectionsTextAndLeavesIdsInCustomProperties() throws Exception {
        try (ReportStore store = ReportStore.open(ReviewFixtures.database(dir))) {
            Report report = store.insert(ReviewFixtures.report());
            Path out = dir.resolve("送审稿.docx");
            ExportSnapshot snapshot = new ExportForReview(store).export(report, out);

            assertThat(store.reviews().snapshot(snapshot.exportId())).contains(snapshot);
            assertThat(snapshot.sections()).hasSize(report.outline().size());
            assertThat(snapshot.textOf(report.outline().get(2).section().id()).orElseThrow())
                    .isEqualTo("（二）化解行政争议\n全年受理行政复议案件208件，审结185件，审结率88.9%。\n行政应诉工作持续加强。"
                            + "\n行政机关负责人出庭应诉56次。");
            assertThat(snapshot.textOf(report.outline().get(1).section().id()).orElseThrow())
                    .startsWith("（一）加强组织领导。\n区政府常务会议");
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
                POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
                assertThat(custom.getProperty(ExportSnapshot.REPORT_PROPERTY).getLpwstr()).isEqualTo(report.id().toString());
                assertThat(custom.getProperty(ExportSnapshot.EXPORT_PROPERTY).getLpwstr()).isEqualTo(snapshot.exportId());
            }
            new ExportForReview(store).export(report, dir.resolve("第二稿.docx"));
            assertThat(store.reviews().snapshotCount(report.id())).as("old snapshots are kept").isEqualTo(2);
        }
    }

    @Test
    void theSnapshotIsTheSectionTextAsTheReviewPackageRendersIt() throws Exception {
        try (ReportStore store = ReportStore.open(ReviewFixtures.database(dir))) {
            Report report = store.insert(ReviewFixtures.report());
            ExportSnapshot snapshot = new ExportForReview(store).export(report, dir.resolve("a.docx"));
            for (OutlineEntry e : report.outline()) {
                long id = e.section().id();
                assertThat(SectionRendering.of(report, id).orElseThrow().text())
                        .as("section %s", e.section().heading()).isEqualTo(snapshot.textOf(id).orElseThrow());
            }
        }
    }

    @Test
    void theBookmarksAreHiddenAndTheVisibleTextIsUnchanged() throws Exception {
        try (ReportStore store = ReportStore.open(ReviewFixtures.database(dir))) {
            Report report = store.insert(ReviewFixtures.report());
            Path plain = dir.resolve("plain.docx");
            Path marked = dir.resolve("marked.docx");
            new DocxExporter().export(report, plain);
            new ExportForReview(store).export(report, marked);
            assertThat(paragraphs(marked)).isEqualTo(paragraphs(plain));
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(marked))) {
                List<String> names = doc.getParagraphs().stream()
                        .flatMap(p -> p.getCTP().getBookmarkStartList().stream()).map(b -> b.getName()).toList();
                assertThat(names).hasSize(report.outline().size()).allMatch(n -> n.startsWith("_nb_s"));
            }
        }
    }

    private static List<String> paragraphs(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }
}
