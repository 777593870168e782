package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import java.util.List;
import org.nianbao.export.xml.RunProperties;

/**
 * A face as the font table (word/fontTable.xml) describes it: besides its name, the name Windows
 * and WPS know it by (w:altName), and its PANOSE class, character set, family and pitch, from which
 * Word and WPS pick the nearest installed face when this one is missing. A GB2312 face carries the
 * PANOSE of the stock Windows face nearest to it, so that is the one substituted.
 */
record FontFace(String name, String altName, String panose, String charset, String family, String pitch) {

    /** PANOSE of the stock faces, as Windows' own font table gives them. */
    private static final String PANOSE_SONG = "02010600030101010101";
    private static final String PANOSE_FIXED_CJK = "02010609060101010101";
    private static final String PANOSE_GB2312 = "02010609030101010101";

    /** Every face a template of ours or a font scheme names. */
    static final List<FontFace> KNOWN = List.of(
            new FontFace(FONT_LATIN, null, "02020603050405020304", "00", "roman", "variable"),
            new FontFace(FONT_BODY, FONT_BODY_WINDOWS, PANOSE_GB2312, "86", "modern", "fixed"),
            new FontFace(FONT_HEADING_2, FONT_HEADING_2_WINDOWS, PANOSE_GB2312, "86", "modern", "fixed"),
            new FontFace(FONT_HEADING_1, "SimHei", PANOSE_FIXED_CJK, "86", "modern", "fixed"),
            new FontFace(FONT_TITLE, FONT_TITLE_WINDOWS, PANOSE_SONG, "86", "auto", "variable"),
            new FontFace(FONT_PAGE_NUMBER, "SimSun", PANOSE_SONG, "86", "auto", "variable"),
            new FontFace(FONT_BODY_WINDOWS, "FangSong", PANOSE_FIXED_CJK, "86", "modern", "fixed"),
            new FontFace(FONT_HEADING_2_WINDOWS, "KaiTi", PANOSE_FIXED_CJK, "86", "modern", "fixed"));

    static FontFace named(String name) {
        return KNOWN.stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no face " + name));
    }

    /** The w:font element, children in schema order (altName, panose1, charset, family, pitch). */
    String xml() {
        StringBuilder sb = new StringBuilder(256).append("<w:font");
        RunProperties.attr(sb, "w:name", name);
        sb.append('>');
        if (altName != null) {
            sb.append("<w:altName");
            RunProperties.attr(sb, "w:val", altName);
            sb.append("/>");
        }
        return sb.append("<w:panose1 w:val=\"").append(panose).append("\"/><w:charset w:val=\"").append(charset)
                .append("\"/><w:family w:val=\"").append(family).append("\"/><w:pitch w:val=\"").append(pitch)
                .append("\"/></w:font>").toString();
    }
}
