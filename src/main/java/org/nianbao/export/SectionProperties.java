package org.nianbao.export;

import java.util.regex.Pattern;

/**
 * The template's page setup (its body w:sectPr, kept as written) and the variant for the end-block
 * section: the same page, starting on an even page, content at the bottom, blank footers.
 */
final class SectionProperties {

    private static final String NS_REL = TemplateParts.NS_REL;

    private final String body;
    private final String p;
    private final String relationshipPrefix;

    /**
     * @param rootStartTag the main document's root element, whose namespace declarations the
     *                     relationship ids of new footer references use when it has one
     */
    SectionProperties(String bodySectPr, String prefix, String rootStartTag) {
        this.body = bodySectPr;
        this.p = prefix;
        java.util.regex.Matcher r = Pattern.compile("xmlns:(\\w+)=\"" + Pattern.quote(NS_REL) + "\"")
                .matcher(rootStartTag);
        this.relationshipPrefix = r.find() ? r.group(1) : null;
    }

    String body() {
        return body;
    }

    String endBlock(String blankFooterOddId, String blankFooterEvenId) {
        String s = body;
        s = remove(s, "footerReference");
        s = remove(s, "type");
        s = remove(s, "vAlign");
        s = remove(s, "titlePg");
        int afterStart = s.indexOf('>') + 1;
        if (s.charAt(afterStart - 2) == '/') {
            // <w:sectPr/>: open it up
            s = s.substring(0, afterStart - 2) + "></" + p + "sectPr>";
            afterStart = s.indexOf('>') + 1;
        }
        // footer references come first, after any header references
        int refsEnd = afterStart;
        java.util.regex.Matcher header = Pattern.compile("<" + Pattern.quote(p) + "headerReference\\b[^>]*/>")
                .matcher(s);
        while (header.find()) {
            refsEnd = Math.max(refsEnd, header.end());
        }
        String footers = footer("default", blankFooterOddId) + footer("even", blankFooterEvenId);
        s = s.substring(0, refsEnd) + footers + s.substring(refsEnd);
        s = insertBefore(s, "<" + p + "type w:val=\"evenPage\"/>".replace("w:", p),
                "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
                "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
                "sectPrChange");
        s = insertBefore(s, "<" + p + "vAlign w:val=\"bottom\"/>".replace("w:", p),
                "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
                "sectPrChange");
        return s;
    }

    private String footer(String type, String id) {
        String rel = relationshipPrefix != null ? relationshipPrefix + ":id=\""
                : "xmlns:rr=\"" + NS_REL + "\" rr:id=\"";
        return "<" + p + "footerReference " + p + "type=\"" + type + "\" " + rel + id + "\"/>";
    }

    /** Removes an empty child element (all of these are empty elements). */
    private String remove(String s, String local) {
        return s.replaceAll("<" + Pattern.quote(p + local) + "\\b[^>]*/>", "");
    }

    /** Inserts a child before the first of the elements that must follow it, or at the end. */
    private String insertBefore(String s, String element, String... followers) {
        int at = -1;
        for (String f : followers) {
            java.util.regex.Matcher m = Pattern.compile("<" + Pattern.quote(p + f) + "\\b").matcher(s);
            if (m.find() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        if (at < 0) {
            at = s.lastIndexOf("</" + p + "sectPr>");
        }
        return s.substring(0, at) + element + s.substring(at);
    }
}
