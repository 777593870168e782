package org.nianbao.export;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the named styles bold in a styles part, for offices whose local rule bolds level-2 and
 * level-3 headings. Editing the style (rather than each run) keeps the content written by style
 * only, as if the office had changed its template.
 */
final class BoldHeadings {

    private BoldHeadings() {
    }

    static String apply(String stylesXml, Set<String> styleIds) {
        Matcher root = Pattern.compile("<(?:(\\w+):)?styles\\b").matcher(stylesXml);
        String p = root.find() && root.group(1) != null ? root.group(1) + ":" : "";
        Pattern style = Pattern.compile("<" + p + "style\\b[^>]*\\b" + p.replace(":", "\\:")
                + "styleId=\"([^\"]*)\"[^>]*>.*?</" + p + "style>", Pattern.DOTALL);
        Matcher m = style.matcher(stylesXml);
        StringBuilder out = new StringBuilder(stylesXml.length() + 256);
        while (m.find()) {
            String block = m.group();
            if (styleIds.contains(m.group(1))) {
                block = bold(block, p);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(block));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String bold(String block, String p) {
        String b = "<" + p + "b/><" + p + "bCs/>";
        String open = "<" + p + "rPr>";
        int at = block.indexOf(open);
        if (at < 0) {
            String empty = "<" + p + "rPr/>";
            if (block.contains(empty)) {
                return block.replace(empty, open + b + "</" + p + "rPr>");
            }
            int end = block.lastIndexOf("</" + p + "style>");
            return block.substring(0, end) + open + b + "</" + p + "rPr>" + block.substring(end);
        }
        int close = block.indexOf("</" + p + "rPr>", at);
        String rPr = block.substring(at + open.length(), close)
                .replaceAll("<" + p + "(b|bCs)\\b[^>]*/>", "");
        // b and bCs follow rStyle and rFonts in the schema order of w:rPr
        Matcher lead = Pattern.compile("^\\s*((<" + p + "(rStyle|rFonts)\\b[^>]*/>\\s*)*)").matcher(rPr);
        int insert = lead.find() ? lead.end() : 0;
        rPr = rPr.substring(0, insert) + b + rPr.substring(insert);
        return block.substring(0, at + open.length()) + rPr + block.substring(close);
    }
}
