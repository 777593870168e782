package org.nianbao.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.text.PunctuationNormalizer;

/** Turns the paragraphs of a file, whatever its format, into a {@link Report}. */
final class ReportStructureParser {

    /** The title given to a report whose file has none: the name the regulation gives the report. */
    static final String DEFAULT_TITLE_SUFFIX = "年法治政府建设年度报告";

    private ReportStructureParser() {
    }

    static Report parse(List<SourceLine> rawLines, ImportOptions options, Path file) {
        List<SourceLine> lines = clean(rawLines, options.normalizePunctuation());
        if (lines.isEmpty()) {
            throw ImportErrors.empty(file);
        }
        TitleBlock head = TitleBlock.find(lines);
        EndMatter end = EndMatter.find(lines.subList(head.lineCount(), lines.size()));
        List<SourceLine> body = lines.subList(head.lineCount(), lines.size() - end.lineCount());
        if (!OutlineBuilder.hasPart(body)) {
            throw ImportErrors.noStructure(file);
        }
        OutlineBuilder.Outline outline = OutlineBuilder.build(body);
        List<ProblemItem> problems = ProblemListExtractor.extract(outline.parts());
        int year = options.year() != null ? options.year()
                : YearDetector.detect(head.title(), outline.preamble(), outline.parts(), end.date());
        String title = head.title() != null ? head.title() : year + DEFAULT_TITLE_SUFFIX;
        List<Section> sections = new ArrayList<>(outline.parts().size());
        for (OutlineBuilder.Node part : outline.parts()) {
            sections.add(part.toSection());
        }
        ExportSettings settings = head.header() == null ? ExportSettings.defaults()
                : new ExportSettings(null, false, null, false, true, head.header(), false, null);
        return new Report(null, year, title, end.issuers(), head.recipient(), end.date(), outline.preamble(),
                sections, List.of(), problems, List.of(), settings);
    }

    /** The lines as paragraphs of one section, for checking figures in text that is not a report. */
    static Report material(List<SourceLine> rawLines, ImportOptions options, Path file) {
        List<SourceLine> lines = clean(rawLines, options.normalizePunctuation());
        if (lines.isEmpty()) {
            throw ImportErrors.empty(file);
        }
        List<Paragraph> paragraphs = lines.stream().map(l -> Paragraph.of(l.text())).toList();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        int year = options.year() != null ? options.year() : java.time.Year.now().getValue();
        return Report.blank(year, title)
                .withSections(List.of(Section.of(title, HeadingStyle.STANDALONE, paragraphs, List.of())));
    }

    /** Trims indentation (full-width spaces too), drops blank lines, normalizes punctuation. */
    private static List<SourceLine> clean(List<SourceLine> lines, boolean normalize) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            String text = line.text().replace('\u00A0', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            out.add(line.withText(normalize ? PunctuationNormalizer.normalize(text) : text));
        }
        return out;
    }
}
