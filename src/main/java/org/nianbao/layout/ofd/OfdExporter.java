package org.nianbao.layout.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.dom4j.DocumentException;
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
import org.nianbao.layout.pdf.PdfExporter;
import org.nianbao.model.Report;
import org.ofdrw.core.action.Actions;
import org.ofdrw.core.action.CT_Action;
import org.ofdrw.core.action.EventType;
import org.ofdrw.core.action.actionType.actionGoto.CT_Dest;
import org.ofdrw.core.action.actionType.actionGoto.DestType;
import org.ofdrw.core.action.actionType.actionGoto.Goto;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.outlines.CT_OutlineElem;
import org.ofdrw.core.basicStructure.outlines.Outlines;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.pkg.container.DocDir;
import org.ofdrw.pkg.container.OFDDir;

/**
 * Prints a report as OFD (GB/T 33190, through ofdrw) from the same laid-out pages the PDF prints:
 * A4 pages, each run at its place in its face and size, the faces embedded, the outline mirroring
 * the report's headings, and the document's title and author. The file appears whole or not at all.
 */
public final class OfdExporter {

    /** What the export did that the officer should know. */
    public record Result(int pages, List<String> substitutions) {
    }

    /** OFD measures in millimetres, the layout in points. */
    private static final double MM_PER_POINT = 25.4 / 72;
    private static final double PAGE_WIDTH = mm(GongwenPage.PAGE_WIDTH / 20.0);
    private static final double PAGE_HEIGHT = mm(GongwenPage.PAGE_HEIGHT / 20.0);

    private final InstalledFonts fonts;

    public OfdExporter() {
        this(InstalledFonts.system());
    }

    public OfdExporter(InstalledFonts fonts) {
        this.fonts = fonts;
    }

    /** The layout the OFD prints: measured with the faces it embeds, as the PDF's is. */
    public LaidOutReport layOut(Report report) {
        PdfExporter.requireChinese(fonts);
        return new PageLayout(new FontWidths(fonts)).layOut(report);
    }

    /**
     * @throws org.nianbao.model.BadInputException when no Chinese font is installed, or the target cannot be written
     */
    public Result export(Report report, Path target) {
        LaidOutReport pages = layOut(report);
        AtomicFileWriter.write(target, out -> write(report, pages, out));
        return new Result(pages.pageCount(), fonts.substitutions());
    }

    private static double mm(double points) {
        return points * MM_PER_POINT;
    }

    void write(Report report, LaidOutReport laidOut, OutputStream out) throws IOException {
        Path fontFolder = Files.createTempDirectory("nianbao-ofd-fonts");
        try (OFDDoc doc = new OFDDoc(out)) {
            doc.setDefaultPageLayout(new org.ofdrw.layout.PageLayout(PAGE_WIDTH, PAGE_HEIGHT));
            Map<FontRole, ST_ID> faces = faces(doc, laidOut, fontFolder);
            // ofdrw lays out its own elements; ours are placed already. Each page gets an empty canvas so
            // that ofdrw makes the page, and the text is written into it once ofdrw has rendered.
            for (int i = 0; i < laidOut.pageCount(); i++) {
                VirtualPage page = new VirtualPage(PAGE_WIDTH, PAGE_HEIGHT);
                Canvas blank = new Canvas(0d, 0d, 1d, 1d);
                blank.setDrawer(ctx -> { });
                page.add(blank);
                doc.addVPage(page);
            }
            doc.onRenderFinish((maxUnitId, dir, index) -> {
                try {
                    fill(dir, maxUnitId, laidOut, faces, report);
                } catch (IOException | DocumentException e) {
                    throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deleteAll(fontFolder);
        }
    }

    /** One embedded font an installed face, shared by the roles that print in it. */
    private Map<FontRole, ST_ID> faces(OFDDoc doc, LaidOutReport laidOut, Path folder) throws IOException {
        Map<FontRole, FontFace> chosen = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            fonts.choice(role).ifPresent(c -> chosen.put(role, c.face()));
        }
        Map<FontFace, Set<Integer>> used = new HashMap<>();
        for (Page page : laidOut.pages()) {
            for (PlacedLine line : page.lines()) {
                for (PlacedRun run : line.runs()) {
                    FontFace face = chosen.getOrDefault(run.font(), chosen.get(FontRole.BODY));
                    if (face != null) {
                        run.text().codePoints().forEach(used.computeIfAbsent(face, f -> new TreeSet<>())::add);
                    }
                }
            }
        }
        Map<FontRole, ST_ID> byRole = new EnumMap<>(FontRole.class);
        Map<FontFace, ST_ID> byFace = new HashMap<>();
        for (Map.Entry<FontRole, FontFace> entry : chosen.entrySet()) {
            FontFace face = entry.getValue();
            ST_ID id = byFace.get(face);
            if (id == null) {
                Path file = FontFiles.write(face, fonts.load(face), used.getOrDefault(face, Set.of()), folder);
                id = doc.getResManager().addFont(new Font(face.postScriptName(), face.family(), file));
                byFace.put(face, id);
            }
            byRole.put(entry.getKey(), id);
        }
        return byRole;
    }

    private static void deleteAll(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind harms nothing; the system cleans it
        }
    }

    private static void fill(OFDDir dir, AtomicInteger ids, LaidOutReport laidOut, Map<FontRole, ST_ID> faces,
                             Report report) throws IOException, DocumentException {
        DocDir docDir = dir.obtainDocDefault();
        Document document = docDir.getDocument();
        for (int i = 0; i < laidOut.pageCount(); i++) {
            org.ofdrw.core.basicStructure.pageObj.Page page = docDir.getPages().getByIndex(i).getContent();
            Content content = page.getContent();
            if (content == null) {
                content = new Content();
                page.setContent(content);
            }
            CT_Layer layer = new CT_Layer();
            layer.setObjID(new ST_ID(ids.incrementAndGet()));
            draw(layer, laidOut.pages().get(i), faces, ids);
            content.addLayer(layer);
        }
        outline(document, laidOut.headings());
        CT_DocInfo info = dir.getOfd().getDocBody().getDocInfo();
        info.setTile(report.title());
        info.setAuthor(report.issuers().isEmpty() ? "" : report.issuers().get(0).strip());
        info.setSubject(report.year() + "年法治政府建设年度报告");
        info.setCreator("Nianbao 年报");
        info.setCreationDate(LocalDate.now());
        document.getCommonData().setMaxUnitID(ids.get());
    }

    private static void draw(CT_Layer layer, Page page, Map<FontRole, ST_ID> faces, AtomicInteger ids) {
        for (Rule rule : page.rules()) {
            CT_Path path = new CT_Path();
            path.setBoundary(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
            path.setStroke(true);
            path.setStrokeColor(color(rule.color()));
            path.setLineWidth(mm(rule.thickness()));
            path.setAbbreviatedData(new AbbreviatedData().M(mm(rule.x1()), mm(rule.y())).L(mm(rule.x2()), mm(rule.y())));
            layer.addPageBlock(path.toObj(new ST_ID(ids.incrementAndGet())));
        }
        for (PlacedLine line : page.lines()) {
            for (PlacedRun run : line.runs()) {
                ST_ID font = faces.getOrDefault(run.font(), faces.get(FontRole.BODY));
                if (font != null && !run.text().isEmpty()) {
                    layer.addPageBlock(text(run, font).toObj(new ST_ID(ids.incrementAndGet())));
                }
            }
        }
    }

    /** A run as one text object: its first character at its x on the baseline, the others by their advances. */
    private static CT_Text text(PlacedRun run, ST_ID font) {
        CT_Text text = new CT_Text();
        text.setBoundary(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
        text.setFont(new ST_RefID(font));
        text.setSize(mm(run.size()));
        if (run.color() != 0) {
            text.setFillColor(color(run.color()));
        }
        double[] x = run.x();
        TextCode code = new TextCode();
        code.setX(mm(x[0]));
        code.setY(mm(run.baseline()));
        if (x.length > 1) {
            Double[] deltas = new Double[x.length - 1];
            for (int i = 1; i < x.length; i++) {
                deltas[i - 1] = Math.round(mm(x[i] - x[i - 1]) * 1000) / 1000.0;
            }
            code.setDeltaX(deltas);
        }
        code.setContent(run.text());
        text.addTextCode(code);
        return text;
    }

    private static CT_Color color(int rgb) {
        return CT_Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Outline entries: one a heading, level 2 under level 1 and so on, each going to its page at the heading. */
    private static void outline(Document document, List<HeadingMark> headings) {
        if (headings.isEmpty()) {
            return;
        }
        Outlines outlines = new Outlines();
        CT_OutlineElem[] parents = new CT_OutlineElem[5];
        for (HeadingMark mark : headings) {
            CT_Dest dest = new CT_Dest();
            dest.setType(DestType.XYZ);
            dest.setPageID(new ST_RefID(document.getPages().getPageByIndex(mark.page()).getID()));
            dest.setLeft(0);
            dest.setTop(mm(mark.top()));
            CT_OutlineElem item = new CT_OutlineElem(mark.text());
            item.setActions(new Actions().addAction(new CT_Action(EventType.CLICK, new Goto(dest))));
            int level = Math.max(1, Math.min(4, mark.level()));
            CT_OutlineElem parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = parents[l];
            }
            if (parent == null) {
                outlines.addOutlineElem(item);
            } else {
                parent.addOutlineElem(item);
            }
            parents[level] = item;
            for (int l = level + 1; l < parents.length; l++) {
                parents[l] = null;
            }
        }
        document.setOutlines(outlines);
    }
}
