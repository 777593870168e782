package org.nianbao.importing;

import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.nianbao.text.HeadingMarker;

/**
 * Word's automatic numbering: the number of a paragraph numbered "（一）" by a list format is not
 * in its text. Writing the marker the format would show in front of the text lets the same marker
 * rules apply as for typed numbers. The value itself does not matter, as numbers follow from
 * position.
 */
final class AutoNumbering {

    private static final Set<String> CHINESE_FORMATS = Set.of("chineseCounting", "chineseCountingThousand",
            "chineseLegalSimplified", "ideographTraditional", "ideographDigital", "japaneseCounting",
            "taiwaneseCounting", "taiwaneseCountingThousand");
    private static final Set<String> DECIMAL_FORMATS = Set.of("decimal", "decimalFullWidth", "decimalHalfWidth",
            "decimalFullWidth2");
    private static final Pattern LEVEL_PLACEHOLDER = Pattern.compile("%[1-9]");

    private AutoNumbering() {
    }

    /** The marker the list format shows (一、 （一） 1. （1）), or "" when none applies. */
    static String typedMarker(XWPFParagraph paragraph) {
        if (paragraph.getNumID() == null || HeadingMarker.parse(paragraph.getText().strip()).isPresent()) {
            return "";
        }
        String format = paragraph.getNumFmt();
        String levelText = paragraph.getNumLevelText();
        if (format == null || levelText == null) {
            return "";
        }
        String digit = CHINESE_FORMATS.contains(format) ? "一" : DECIMAL_FORMATS.contains(format) ? "1" : null;
        if (digit == null) {
            return "";
        }
        String marker = LEVEL_PLACEHOLDER.matcher(levelText.strip()).replaceAll(digit);
        // only a marker of our four kinds counts; "1.1" or "第一条" stays unnumbered prose
        return HeadingMarker.parse(marker + "文").filter(m -> m.length() == marker.length()).isPresent() ? marker : "";
    }
}
