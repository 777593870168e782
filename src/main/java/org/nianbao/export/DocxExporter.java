package org.nianbao.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        ExportSettings settings = report.settings();
        TemplatePackage template = template(settings.templatePath());
        template.requireStyles(GongwenStyle.required(settings.headerEnabled(), settings.endEnabled()));
        PackageWriter pkg = compose(report, template);
        AtomicFileWriter.write(target, out -> pkg.write(outputFilter.apply(out)));
    }

    private PackageWriter compose(Report report, TemplatePackage template) {
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

        BodyWriter body = new BodyWriter(document, template);
        // derived figures as computed now, as the checker and the window show them: never "{{审结率}}"
        ReportText text = new ReportText(DerivedFigures.of(report.metrics()).metrics());
        if (settings.headerEnabled()) {
            new HeaderBlockWriter(body).write(settings.header(),
                    report.issuers().isEmpty() ? null : report.issuers().get(0));
        }
        MainTextWriter main = new MainTextWriter(body, report, text);
        main.write();
        new ClosingWriter(body, report, text, main).write();

        SectionProperties sections = new SectionProperties(template.bodySectionProperties(), p, template.rootStartTag());
        String lastSection = sections.body();
        if (settings.endEnabled()) {
            String odd = pkg.addFooter("footerNianbaoBlankOdd.xml", TemplateParts.blankFooter());
            String even = pkg.addFooter("footerNianbaoBlankEven.xml", TemplateParts.blankFooter());
            lastSection = new EndBlockWriter(body).write(settings.end(), sections, odd, even);
        }
        document.append(lastSection).append("</").append(p).append("body></").append(p).append("document>");
        pkg.replace(TemplatePackage.MAIN_PART, document.toString());

        if (settings.boldHeadings()) {
            pkg.replace(TemplatePackage.STYLES_PART, BoldHeadings.apply(pkg.text(TemplatePackage.STYLES_PART),
                    Set.of(body.id(GongwenStyle.HEADING_2), body.id(GongwenStyle.HEADING_3),
                            body.id(GongwenStyle.HEADING_2_CHAR), body.id(GongwenStyle.HEADING_3_CHAR))));
        }
        String creator = report.issuers().isEmpty() ? "" : report.issuers().get(0).strip();
        String created = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        pkg.setCoreProperties(TemplateParts.coreProperties(report.title(), creator, created, "zh-CN"));
        return pkg;
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
