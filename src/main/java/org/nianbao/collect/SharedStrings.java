package org.nianbao.collect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbook's shared string table (xl/sharedStrings.xml), as Excel itself writes text cells:
 * each distinct text once, cells refer to it by index.
 */
final class SharedStrings {

    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private int references;

    /**
     * The text's index. Leading and trailing blanks go: they mean nothing on a form, and Excel drops
     * them from a text not marked xml:space="preserve", which the schema does not allow on sml's t.
     */
    int index(String text) {
        references++;
        return indexes.computeIfAbsent(text == null ? "" : text.strip(), t -> indexes.size());
    }

    String xml() {
        StringBuilder out = new StringBuilder(64 * indexes.size() + 256);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
                .append(FormPackage.MAIN_NS).append("\" count=\"").append(references).append("\" uniqueCount=\"")
                .append(indexes.size()).append("\">");
        for (String text : indexes.keySet()) {
            out.append("<si><t>").append(escape(text)).append("</t></si>");
        }
        return out.append("</sst>").toString();
    }

    /**
     * Text escaped for an element or an attribute, without the characters XML 1.0 forbids (C0
     * controls but tab and line feed, U+FFFE, U+FFFF, unpaired surrogates): one of them, pasted into
     * a metric's name, and Excel, WPS and POI refuse the whole file. A line feed in an attribute is
     * written as a reference, so it survives.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0x7F && c < 0xFFFE && !Character.isSurrogate(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
