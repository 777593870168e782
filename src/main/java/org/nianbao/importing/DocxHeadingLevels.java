package org.nianbao.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The heading level Word states for a paragraph: its own outline level (w:outlineLvl), else its
 * style's — a heading style by name (Heading 1, 标题 1) or any style with an outline level, looked
 * up along the basedOn chain. Levels are cached per style, as a report has few styles and many
 * paragraphs.
 */
final class DocxHeadingLevels {

    /** Style names Word and WPS give heading styles: "heading 1", "Heading1", "标题 1", "标题1". */
    private static final Pattern HEADING_NAME = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    private static final int MAX_CHAIN = 10;

    private final XWPFStyles styles;
    private final Map<String, Integer> levelByStyle = new HashMap<>();

    DocxHeadingLevels(XWPFStyles styles) {
        this.styles = styles;
    }

    /** 1..4, or 0 when the paragraph is body text or deeper than level 4. */
    int levelOf(XWPFParagraph paragraph) {
        CTPPr ppr = paragraph.getCTP().getPPr();
        if (ppr != null && ppr.isSetOutlineLvl()) {
            return fromOutlineLevel(ppr.getOutlineLvl());
        }
        String styleId = paragraph.getStyleID();
        if (styleId == null || styles == null) {
            return 0;
        }
        return levelByStyle.computeIfAbsent(styleId, this::styleLevel);
    }

    /** Whether the paragraph is in Word's Title style (标题 without a number). */
    boolean isTitle(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null || styles == null) {
            return false;
        }
        XWPFStyle style = styles.getStyle(styleId);
        String name = style == null ? styleId : style.getName();
        return name != null && (name.equalsIgnoreCase("title") || name.equals("标题"));
    }

    private int styleLevel(String styleId) {
        Set<String> seen = new HashSet<>();
        String id = styleId;
        for (int i = 0; i < MAX_CHAIN && id != null && seen.add(id); i++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return 0;
            }
            int byName = levelFromName(style.getName());
            if (byName != 0) {
                return byName;
            }
            CTStyle ct = style.getCTStyle();
            CTPPrGeneral ppr = ct == null ? null : ct.getPPr();
            if (ppr != null && ppr.isSetOutlineLvl()) {
                return fromOutlineLevel(ppr.getOutlineLvl());
            }
            id = style.getBasisStyleID();
        }
        return 0;
    }

    private static int levelFromName(String name) {
        if (name == null) {
            return 0;
        }
        Matcher m = HEADING_NAME.matcher(name.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return 0;
        }
        int level = Integer.parseInt(m.group(1));
        return level <= 4 ? level : 0;
    }

    /** w:outlineLvl counts from 0; 9 means body text. */
    private static int fromOutlineLevel(CTDecimalNumber value) {
        if (value == null || value.getVal() == null) {
            return 0;
        }
        int outline = value.getVal().intValue();
        return outline >= 0 && outline <= 3 ? outline + 1 : 0;
    }
}
