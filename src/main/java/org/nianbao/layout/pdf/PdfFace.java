package org.nianbao.layout.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;

/** A face embedded in the PDF: how a character is written and how wide the PDF font sets it. */
interface PdfFace {

    /** A character as the PDF shows it: the font resource and the code in that font. */
    record Glyph(COSName font, byte[] code, double width) {
    }

    /** The glyph of {@code ch}; {@code width} in thousandths of the font size. */
    Glyph glyph(char ch) throws IOException;

    /** Called once the pages are written: builds what the glyphs used need (subsets, procedures). */
    void finish() throws IOException;
}
