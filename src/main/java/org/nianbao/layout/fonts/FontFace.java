package org.nianbao.layout.fonts;

import java.nio.file.Path;
import java.util.Set;

/**
 * One face in an installed font file (a .ttc holds several).
 *
 * @param index          the face's position in a collection, 0 in a single font file
 * @param families       every family name the face gives, in any language (仿宋, FangSong)
 * @param postScriptName the name a collection looks the face up by
 * @param cff            PostScript (CFF) outlines rather than TrueType ones
 * @param chinese        covers Simplified Chinese (OS/2 code page GB2312, or a CJK name)
 * @param regular        the upright face of normal weight (not bold, italic or light)
 */
public record FontFace(Path file, int index, Set<String> families, String postScriptName, boolean cff,
                       boolean chinese, boolean regular) {

    public FontFace {
        families = Set.copyOf(families);
    }

    /** The first family name, for messages. */
    public String family() {
        return families.stream().sorted().findFirst().orElse(postScriptName);
    }

    public boolean hasFamily(String name) {
        for (String f : families) {
            if (f.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
