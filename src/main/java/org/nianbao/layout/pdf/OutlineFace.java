package org.nianbao.layout.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A face with PostScript (CFF) outlines, such as Noto CJK and Source Han on Linux, which PDFBox
 * cannot subset: the glyphs used are drawn into Type 3 fonts, 255 a font, as the outlines of the
 * face. Only the glyphs used are in the file, and the ToUnicode map keeps the text selectable and
 * searchable.
 */
final class OutlineFace implements PdfFace {

    private static final int PER_FONT = 255;

    private final PDDocument document;
    private final PDResources resources;
    private final OpenTypeFont font;
    private final CFFFont cff;
    private final double scale;
    /** Resource names of this face's Type 3 fonts: one prefix a face. */
    private final String prefix;
    private final Map<Character, Glyph> glyphs = new HashMap<>();
    private final List<Type3> fonts = new ArrayList<>();

    /** One Type 3 font being filled. */
    private static final class Type3 {
        final COSDictionary dict;
        final COSName name;
        final List<Character> chars = new ArrayList<>();
        final List<COSStream> procs = new ArrayList<>();
        final List<Double> widths = new ArrayList<>();

        Type3(COSDictionary dict, COSName name) {
            this.dict = dict;
            this.name = name;
        }
    }

    OutlineFace(PDDocument document, PDResources resources, TrueTypeFont font, String prefix) throws IOException {
        this.prefix = prefix;
        this.document = document;
        this.resources = resources;
        this.font = (OpenTypeFont) font;
        this.cff = this.font.getCFF().getFont();
        this.scale = 1000.0 / font.getUnitsPerEm();
    }

    static boolean handles(TrueTypeFont font) {
        return font instanceof OpenTypeFont otf && otf.isPostScript();
    }

    @Override
    public Glyph glyph(char ch) throws IOException {
        Glyph glyph = glyphs.get(ch);
        if (glyph != null) {
            return glyph;
        }
        int gid = font.getUnicodeCmapLookup().getGlyphId(ch);
        if (gid <= 0) {
            return null;
        }
        GeneralPath path;
        if (cff instanceof CFFCIDFont cid) {
            path = cid.getType2CharString(cid.getCharset().getCIDForGID(gid)).getPath();
        } else {
            path = cff.getType2CharString(gid).getPath();
        }
        double width = font.getAdvanceWidth(gid) * scale;
        Type3 t3 = fonts.isEmpty() || fonts.get(fonts.size() - 1).chars.size() == PER_FONT ? newFont()
                : fonts.get(fonts.size() - 1);
        t3.chars.add(ch);
        t3.widths.add(width);
        t3.procs.add(procedure(path, width));
        glyph = new Glyph(t3.name, new byte[] {(byte) t3.chars.size()}, width);
        glyphs.put(ch, glyph);
        return glyph;
    }

    /** A new Type 3 font, registered in the page resources under a name of its own. */
    private Type3 newFont() {
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
        COSDictionary fontResources = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontResources == null) {
            fontResources = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, fontResources);
        }
        COSName name;
        int n = 1;
        do {
            name = COSName.getPDFName(prefix + n++);
        } while (fontResources.containsKey(name));
        fontResources.setItem(name, dict);
        Type3 t3 = new Type3(dict, name);
        fonts.add(t3);
        return t3;
    }

    /** The glyph as a drawing in thousandths of an em: "wx 0 llx lly urx ury d1", the path, fill. */
    private COSStream procedure(GeneralPath path, double width) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        var bounds = path.getBounds2D();
        sb.append(num(width)).append(" 0 ").append(num(bounds.getMinX() * scale)).append(' ')
                .append(num(bounds.getMinY() * scale)).append(' ').append(num(bounds.getMaxX() * scale)).append(' ')
                .append(num(bounds.getMaxY() * scale)).append(" d1\n");
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    sb.append(num(c[0] * scale)).append(' ').append(num(c[1] * scale)).append(" m\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    sb.append(num(c[0] * scale)).append(' ').append(num(c[1] * scale)).append(" l\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    double x1 = lastX + 2.0 / 3 * (c[0] - lastX);
                    double y1 = lastY + 2.0 / 3 * (c[1] - lastY);
                    double x2 = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double y2 = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    curve(sb, x1, y1, x2, y2, c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    curve(sb, c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> sb.append("h\n");
            }
        }
        sb.append(path.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "f*\n" : "f\n");
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private void curve(StringBuilder sb, double x1, double y1, double x2, double y2, double x3, double y3) {
        sb.append(num(x1 * scale)).append(' ').append(num(y1 * scale)).append(' ').append(num(x2 * scale)).append(' ')
                .append(num(y2 * scale)).append(' ').append(num(x3 * scale)).append(' ').append(num(y3 * scale))
                .append(" c\n");
    }

    static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        return String.format(Locale.ROOT, "%.2f", r / 100.0);
    }

    @Override
    public void finish() throws IOException {
        for (Type3 t3 : fonts) {
            COSDictionary dict = t3.dict;
            COSArray matrix = new COSArray();
            for (double v : new double[] {0.001, 0, 0, 0.001, 0, 0}) {
                matrix.add(new COSFloat((float) v));
            }
            dict.setItem(COSName.FONT_MATRIX, matrix);
            COSArray bbox = new COSArray();
            for (int v : new int[] {-100, -200, 1100, 1000}) {
                bbox.add(COSInteger.get(v));
            }
            dict.setItem(COSName.FONT_BBOX, bbox);
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.ONE);
            COSArray widths = new COSArray();
            for (int i = 0; i < t3.chars.size(); i++) {
                COSName glyph = COSName.getPDFName("g" + (i + 1));
                procs.setItem(glyph, t3.procs.get(i));
                differences.add(glyph);
                widths.add(new COSFloat(t3.widths.get(i).floatValue()));
            }
            dict.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            dict.setItem(COSName.ENCODING, encoding);
            dict.setInt(COSName.FIRST_CHAR, 1);
            dict.setInt(COSName.LAST_CHAR, t3.chars.size());
            dict.setItem(COSName.WIDTHS, widths);
            dict.setItem(COSName.RESOURCES, new COSDictionary());
            dict.setItem(COSName.TO_UNICODE, toUnicode(t3.chars));
        }
    }

    private COSStream toUnicode(List<Character> chars) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<01> <FF>\nendcodespacerange\n");
        for (int from = 0; from < chars.size(); from += 100) {
            int to = Math.min(chars.size(), from + 100);
            sb.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                sb.append(String.format(Locale.ROOT, "<%02X> <%04X>%n", i + 1, (int) chars.get(i)));
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
