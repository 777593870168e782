package org.nianbao.export;

import org.nianbao.files.AtomicFileWriter;
import org.nianbao.text.PrintedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nianbao.figures.DerivedFigures;
import org.nianbao.model.BadInputException;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.Report;

/**
 * Exports a report as an official document (GB/T 9704-2012) in Word format, through a template:
 * the template's styles, page setup and footers are kept, its body is replaced by the report written
 * style by style. The file appears whole or not at all.
 */
public final class DocxExporter {

    static final String BUILT_IN = "/" + TemplateBuilder.TEMPLATE_FILE;
    private static volatile TemplatePackage builtIn;

    private final Clock clock;
    private final UnaryOperator<OutputStream> outputFilter;

    public DocxExporter() {
        this(Clock.systemUTC(), UnaryOperator.identity());
    }

    /** For tests: a fixed clock, and a filter on the output stream (to make a write fail midway). */
    DocxExporter(Clock clock, UnaryOperator<OutputStream> outputFilter) {
        this.clock = clock;
        this.outputFilter = outputFilter;
    }

    /**
     * Writes the report to {@code target} as .docx with the report's export settings.
     *
     * @throws BadInputException for a template that cannot be used or a target that cannot be written
     */
    public void export(Report report, Path target) {
        export(report, target, ReturnPath.NONE);
    }

    /**
     * Writes the report as {@link #export(Report, Path)} does, leaving the ids and hidden bookmarks
     * that let the reviewers' returned file be read back against this export.
     */
    public void export(Report report, Path target, ReturnPath returnPath) {
        ExportSettings settings = report.settings();
        FontSchemes.requireTemplate(settings.fontScheme(), settings.templatePath());
        TemplatePackage template = template(settings.templatePath());
        template.requireStyles(GongwenStyle.required(settings.headerEnabled(), settings.endEnabled()));
        PackageWriter pkg = compose(report, template, returnPath);
        AtomicFileWriter.write(target, out -> pkg.write(outputFilter.apply(out)));
    }

    private PackageWriter compose(Report report, TemplatePackage template, ReturnPath returnPath) {
        ExportSettings settings = report.settings();
        PackageWriter pkg = new PackageWriter(template);
        StringBuilder document = new StringBuilder(64 * 1024 + report.title().length());
        document.append(TemplateParts.XML_DECLARATION).append(template.rootStartTag());
        String p = template.prefix();
        document.append('<').append(p).append("body");
        if (!p.equals("w:") || !template.rootStartTag().contains("xmlns:w=\"" + TemplateParts.NS_MAIN + "\"")) {
            document.append(" xmlns:w=\"").append(TemplateParts.NS_MAIN).append('"');
        }
        document.append('>');

        SectionProperties sections = new SectionProperties(template.bodySectionProperties(), p, template.rootStartTag());
        BodyWriter body = new BodyWriter(document, template, sections.body());
        for (DocumentBlock block : blocks(report, pkg, sections, returnPath)) {
            block.write(body);
        }
        document.append(body.lastSection()).append("</").append(p).append("body></").append(p).append("document>");
        pkg.replace(TemplatePackage.MAIN_PART, document.toString());

        if (settings.boldHeadings()) {
            pkg.replace(TemplatePackage.STYLES_PART, BoldHeadings.apply(pkg.text(TemplatePackage.STYLES_PART),
                    Set.of(body.id(GongwenStyle.HEADING_2), body.id(GongwenStyle.HEADING_3),
                            body.id(GongwenStyle.HEADING_2_CHAR), body.id(GongwenStyle.HEADING_3_CHAR))));
        }
        FontSchemes.apply(settings.fontScheme(), pkg);
        String creator = report.issuers().isEmpty() ? "" : report.issuers().get(0).strip();
        String created = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        pkg.setCoreProperties(TemplateParts.coreProperties(report.title(), creator, created, "zh-CN"));
        returnPath.writeProperties(pkg);
        return pkg;
    }

    /**
     * The blocks of the document in the order GB/T 9704 sets them; the header and end blocks only
     * when the settings ask for them. The one place where the export is composed.
     */
    private static List<DocumentBlock> blocks(Report report, PackageWriter pkg, SectionProperties sections,
                                              ReturnPath returnPath) {
        ExportSettings settings = report.settings();
        // derived figures as computed now, as the checker and the window show them: never "{{审结率}}"
        PrintedText text = new PrintedText(DerivedFigures.of(report.metrics()).metrics());
        List<DocumentBlock> blocks = new ArrayList<>();
        if (settings.headerEnabled()) {
            blocks.add(new HeaderBlockWriter(settings.header(), report.issuers().isEmpty() ? null : report.issuers().get(0)));
        }
        blocks.add(new TitleWriter(text.resolve(report.title()), returnPath));
        blocks.add(new MainTextWriter(report, text, returnPath));
        blocks.add(body -> returnPath.end(body.out())); // the sections end here: what follows is the closing
        blocks.add(new ClosingWriter(report, text, returnPath));
        blocks.add(new AttachmentsWriter(report.attachments(), text));
        if (settings.endEnabled()) {
            String odd = pkg.addFooter("footerNianbaoBlankOdd.xml", TemplateParts.blankFooter());
            String even = pkg.addFooter("footerNianbaoBlankEven.xml", TemplateParts.blankFooter());
            blocks.add(new EndBlockWriter(settings.end(), sections.endBlock(odd, even)));
        }
        return blocks;
    }

    /**
     * The template named in the settings, or the built-in one: from the classpath (in the jar), else
     * from ./templates when running from the project.
     */
    static TemplatePackage template(String path) {
        if (path != null && !path.isBlank()) {
            return TemplatePackage.read(Path.of(path));
        }
        TemplatePackage cached = builtIn;
        if (cached != null) {
            return cached;
        }
        try (InputStream in = DocxExporter.class.getResourceAsStream(BUILT_IN)) {
            if (in != null) {
                cached = TemplatePackage.read(in, "built-in " + TemplateBuilder.TEMPLATE_FILE);
                builtIn = cached;
                return cached;
            }
        } catch (IOException e) {
            throw new BadInputException("无法读取内置模板", "cannot read the built-in template", e);
        }
        Path local = Path.of(TemplateBuilder.TEMPLATE_FILE);
        if (Files.isRegularFile(local)) {
            return TemplatePackage.read(local);
        }
        throw new BadInputException("找不到内置模板 " + TemplateBuilder.TEMPLATE_FILE,
                "the built-in template " + TemplateBuilder.TEMPLATE_FILE + " is missing");
    }
}
