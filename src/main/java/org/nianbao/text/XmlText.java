package org.nianbao.text;

/** Text made safe for an OOXML part (WordprocessingML, SpreadsheetML): escaped, and without characters XML 1.0 forbids. */
public final class XmlText {

    private XmlText() {
    }

    public static void appendEscaped(StringBuilder out, CharSequence text) {
        append(out, text, true);
    }

    /** The text as it can be written: what {@link #appendEscaped} drops is dropped, nothing escaped. */
    public static String writable(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        append(sb, text, false);
        return sb.toString();
    }

    /**
     * Whether a character (not half of a surrogate pair) may stand in the text of a part. XML 1.0
     * forbids C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF and unpaired
     * surrogates: one of them and Word, WPS, POI and LibreOffice all refuse the whole file. A stray
     * CR or DEL (pasted from other programs) means nothing in a report and is dropped too.
     */
    public static boolean isKept(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n';
        }
        return c != 0x7F && c < 0xFFFE && !Character.isSurrogate(c);
    }

    private static void append(StringBuilder out, CharSequence text, boolean escape) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i)); // a supplementary character, e.g. a rare name
            } else if (!isKept(c)) {
                continue;
            } else if (!escape) {
                out.append(c);
            } else {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
    }

    public static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        appendEscaped(sb, text);
        return sb.toString();
    }

    /** Unescapes the five predefined entities and numeric references, as found in attribute values. */
    public static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0) {
                sb.append(c);
                i++;
                continue;
            }
            String entity = s.substring(i + 1, semi);
            switch (entity) {
                case "amp" -> sb.append('&');
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "quot" -> sb.append('"');
                case "apos" -> sb.append('\'');
                default -> {
                    if (entity.startsWith("#x")) {
                        sb.appendCodePoint(Integer.parseInt(entity.substring(2), 16));
                    } else if (entity.startsWith("#")) {
                        sb.appendCodePoint(Integer.parseInt(entity.substring(1)));
                    } else {
                        sb.append(s, i, semi + 1);
                    }
                }
            }
            i = semi + 1;
        }
        return sb.toString();
    }
}
