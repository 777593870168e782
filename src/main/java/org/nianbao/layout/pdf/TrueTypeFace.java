package org.nianbao.layout.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A face with TrueType outlines (仿宋_GB2312, 黑体, 楷体 and 方正小标宋 on Windows are): a Type 0 font
 * with Identity-H encoding, embedded as a subset of the glyphs used, with a ToUnicode map (PDFBox).
 */
final class TrueTypeFace implements PdfFace {

    private final PDType0Font font;
    private final COSName name;
    private final Map<Character, Glyph> glyphs = new HashMap<>();

    TrueTypeFace(PDDocument document, PDResources resources, TrueTypeFont ttf) throws IOException {
        this.font = PDType0Font.load(document, ttf, true);
        this.name = resources.add(font);
    }

    @Override
    public Glyph glyph(char ch) throws IOException {
        Glyph glyph = glyphs.get(ch);
        if (glyph == null) {
            String s = String.valueOf(ch);
            byte[] code;
            try {
                code = font.encode(s);
            } catch (IllegalArgumentException missing) {
                return null;
            }
            font.addToSubset(ch);
            glyph = new Glyph(name, code, font.getStringWidth(s));
            glyphs.put(ch, glyph);
        }
        return glyph;
    }

    @Override
    public void finish() throws IOException {
        // PDFBox subsets on save only the fonts its own content streams set; ours are written here
        font.subset();
    }
}
