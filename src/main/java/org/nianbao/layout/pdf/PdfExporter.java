package org.nianbao.layout.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.nianbao.files.AtomicFileWriter;
import org.nianbao.format.GongwenPage;
import org.nianbao.layout.FontRole;
import org.nianbao.layout.HeadingMark;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.Page;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.Rule;
import org.nianbao.layout.fonts.FontFace;
import org.nianbao.layout.fonts.FontWidths;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;

/**
 * Prints a report as PDF from its laid-out pages (Apache PDFBox): the installed faces embedded as
 * subsets, the text selectable and searchable, document properties (title, author, subject,
 * language zh-CN), and an outline (bookmarks) mirroring the report's headings. The file appears whole
 * or not at all.
 */
public final class PdfExporter {

    /** What the export did that the officer should know. */
    public record Result(int pages, List<String> substitutions) {
    }

    private static final double PAGE_HEIGHT = GongwenPage.PAGE_HEIGHT / 20.0;

    private final InstalledFonts fonts;

    public PdfExporter() {
        this(InstalledFonts.system());
    }

    public PdfExporter(InstalledFonts fonts) {
        this.fonts = fonts;
    }

    /** The layout the PDF prints: measured with the faces it embeds. */
    public LaidOutReport layOut(Report report) {
        requireChinese(fonts);
        return new PageLayout(new FontWidths(fonts)).layOut(report);
    }

    /**
     * @throws BadInputException when no Chinese font is installed, or the target cannot be written
     */
    public Result export(Report report, Path target) {
        LaidOutReport pages = layOut(report);
        AtomicFileWriter.write(target, out -> write(report, pages, out));
        return new Result(pages.pageCount(), fonts.substitutions());
    }

    /** A clear message naming what to install, when there is no Chinese face at all. */
    public static void requireChinese(InstalledFonts fonts) {
        if (!fonts.hasChinese()) {
            throw new BadInputException("没有安装中文字体，无法导出 PDF/OFD：请安装仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体"
                    + "（Windows），或 Noto CJK 字体（Linux：apt-get install fonts-noto-cjk）；导出 .docx 不受影响",
                    "no Chinese font installed, cannot export PDF/OFD: install 仿宋_GB2312, 黑体, 楷体_GB2312 and "
                            + "方正小标宋简体 (Windows) or the Noto CJK fonts (Linux: apt-get install fonts-noto-cjk); "
                            + ".docx export still works");
        }
    }

    void write(Report report, LaidOutReport laidOut, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDResources resources = new PDResources();
            Map<FontRole, PdfFace> faces = faces(document, resources);
            List<PDPage> pages = new ArrayList<>();
            for (Page page : laidOut.pages()) {
                PDPage pdPage = new PDPage(new PDRectangle((float) (GongwenPage.PAGE_WIDTH / 20.0), (float) PAGE_HEIGHT));
                pdPage.setResources(resources);
                String content = content(page, faces);
                PDStream stream = new PDStream(document);
                try (OutputStream s = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    s.write(content.getBytes(StandardCharsets.US_ASCII));
                }
                pdPage.setContents(stream);
                document.addPage(pdPage);
                pages.add(pdPage);
            }
            for (PdfFace face : new java.util.HashSet<>(faces.values())) {
                face.finish();
            }
            outline(document, pages, laidOut.headings());
            properties(document, report);
            document.save(out);
        }
    }

    /** One PDF face an installed face, shared by the roles that print in it. */
    private Map<FontRole, PdfFace> faces(PDDocument document, PDResources resources) throws IOException {
        Map<FontRole, PdfFace> byRole = new EnumMap<>(FontRole.class);
        Map<FontFace, PdfFace> byFace = new HashMap<>();
        for (FontRole role : FontRole.values()) {
            var choice = fonts.choice(role);
            if (choice.isEmpty()) {
                continue;
            }
            FontFace face = choice.get().face();
            PdfFace pdf = byFace.get(face);
            if (pdf == null) {
                var ttf = fonts.load(face);
                pdf = OutlineFace.handles(ttf) ? new OutlineFace(document, resources, ttf, "N" + (byFace.size() + 1) + "G")
                        : new TrueTypeFace(document, resources, ttf);
                byFace.put(face, pdf);
            }
            byRole.put(role, pdf);
        }
        return byRole;
    }

    private static String content(Page page, Map<FontRole, PdfFace> faces) throws IOException {
        StringBuilder sb = new StringBuilder(8192);
        for (Rule rule : page.rules()) {
            sb.append("q ").append(rgb(rule.color())).append(" RG ").append(OutlineFace.num(rule.thickness())).append(" w ")
                    .append(OutlineFace.num(rule.x1())).append(' ').append(OutlineFace.num(PAGE_HEIGHT - rule.y())).append(" m ")
                    .append(OutlineFace.num(rule.x2())).append(' ').append(OutlineFace.num(PAGE_HEIGHT - rule.y()))
                    .append(" l S Q\n");
        }
        for (PlacedLine line : page.lines()) {
            for (PlacedRun run : line.runs()) {
                text(sb, run, faces);
            }
        }
        return sb.toString();
    }

    /** A run as TJ segments: one a font, each character where the layout put it. */
    private static void text(StringBuilder sb, PlacedRun run, Map<FontRole, PdfFace> faces) throws IOException {
        PdfFace face = faces.getOrDefault(run.font(), faces.get(FontRole.BODY));
        PdfFace fallback = faces.get(FontRole.BODY);
        if (face == null) {
            return;
        }
        sb.append("BT ").append(rgb(run.color())).append(" rg\n");
        String text = run.text();
        double size = run.size();
        COSName current = null;
        boolean open = false;
        double pending = 0; // where the previous glyph ended, against where the next starts
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            PdfFace.Glyph glyph = c == ' ' ? null : face.glyph(c);
            if (glyph == null && c != ' ' && fallback != null && fallback != face) {
                glyph = fallback.glyph(c);
            }
            if (glyph == null) {
                if (open) {
                    sb.append("] TJ\n");
                    open = false;
                }
                current = null;
                continue;
            }
            if (!glyph.font().equals(current) || !open) {
                if (open) {
                    sb.append("] TJ\n");
                }
                if (!glyph.font().equals(current)) {
                    sb.append('/').append(glyph.font().getName()).append(' ').append(OutlineFace.num(size)).append(" Tf ");
                    current = glyph.font();
                }
                sb.append("1 0 0 1 ").append(OutlineFace.num(run.x()[i])).append(' ')
                        .append(OutlineFace.num(PAGE_HEIGHT - run.baseline())).append(" Tm [");
                open = true;
            } else {
                double expected = run.x()[i] - run.x()[i - 1];
                double adjust = (pending - expected) * 1000 / size;
                if (Math.abs(adjust) >= 0.01) {
                    sb.append(OutlineFace.num(adjust));
                }
            }
            sb.append('<');
            for (byte b : glyph.code()) {
                sb.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
            sb.append('>');
            pending = glyph.width() * size / 1000;
        }
        if (open) {
            sb.append("] TJ\n");
        }
        sb.append("ET\n");
    }

    private static String rgb(int color) {
        return OutlineFace.num(((color >> 16) & 0xFF) / 255.0) + " " + OutlineFace.num(((color >> 8) & 0xFF) / 255.0)
                + " " + OutlineFace.num((color & 0xFF) / 255.0);
    }

    /** Bookmarks: one a heading, level 2 under level 1 and so on, each opening its page at the heading. */
    private static void outline(PDDocument document, List<PDPage> pages, List<HeadingMark> headings) {
        if (headings.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem[] parents = new PDOutlineItem[5];
        for (HeadingMark mark : headings) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.text());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pages.get(mark.page()));
            destination.setLeft(0);
            destination.setTop((int) Math.round(PAGE_HEIGHT - mark.top()));
            item.setDestination(destination);
            int level = Math.max(1, Math.min(4, mark.level()));
            PDOutlineItem parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = parents[l];
            }
            if (parent == null) {
                outline.addLast(item);
            } else {
                parent.addLast(item);
            }
            parents[level] = item;
            for (int l = level + 1; l < parents.length; l++) {
                parents[l] = null;
            }
        }
        outline.openNode();
    }

    private static void properties(PDDocument document, Report report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setAuthor(report.issuers().isEmpty() ? "" : report.issuers().get(0).strip());
        info.setSubject(report.year() + "年法治政府建设年度报告");
        info.setCreator("Nianbao 年报");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
