package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/** Issue 12: the ids, bookmarks and carried comments an export leaves keep the parts valid and in order. */
class ReturnPathExportTest {

    @TempDir
    Path dir;

    private static List<Section> withIds(List<Section> sections, AtomicLong next) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.withId(next.getAndIncrement()).withChildren(withIds(s.children(), next)));
        }
        return out;
    }

    @Test
    void anExportWithBookmarksPropertiesAndCommentsIsValidAndKeepsSchemaOrder() throws Exception {
        Report small = ExportFixtures.withEverything(ExportFixtures.small());
        Report report = small.withId(7L).withSections(withIds(small.sections(), new AtomicLong(11)));
        long section = report.outline().get(1).section().id();
        ReturnPath path = new ReturnPath(7, "0b7f6a52-2c1e-4a8e-9d7e-3f7c1d2a9b10", List.of(
                new ReturnPath.CarriedComment(section, "李审核", "LSH", "2024-02-03T09:15:00Z", "请核实“复议”数字",
                        List.of(new ReturnPath.CarriedComment(section, "王法制", "", "", "已核实", List.of())))));
        Path file = dir.resolve("marked.docx");
        new DocxExporter().export(report, file, path);

        Map<String, String> parts = TemplateTest.parts(Files.readAllBytes(file));
        assertThat(XmlHygieneTest.check(parts)).isEmpty();
        assertThat(parts).containsKeys("docProps/custom.xml", "word/comments.xml", "word/commentsExtended.xml");
        var document = org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(
                parts.get("word/document.xml"));
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        document.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
        assertThat(errors).isEmpty();
        String commentsXml = parts.get("word/comments.xml");
        assertThat(commentsXml).contains("mc:Ignorable=\"w14\"");
        // markup compatibility as a reader without w14 applies it: the ignorable attributes dropped
        var comments = org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument.Factory.parse(
                commentsXml.replaceAll(" w14:paraId=\"[0-9A-F]{8}\"", "").replace(" mc:Ignorable=\"w14\"", ""));
        List<org.apache.xmlbeans.XmlError> commentErrors = new ArrayList<>();
        comments.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(commentErrors));
        assertThat(commentErrors).isEmpty();
        assertThat(parts.get("word/document.xml")).contains("w:name=\"_nb_s" + section + "\"", "w:name=\"_nb_end\"",
                "<w:commentRangeStart w:id=\"0\"/>", "<w:commentReference w:id=\"1\"/>");
        assertThat(parts.get("[Content_Types].xml")).contains("/docProps/custom.xml", "/word/comments.xml");
    }
}
