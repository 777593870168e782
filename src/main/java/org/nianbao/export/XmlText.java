package org.nianbao.export;

/** Text made safe for WordprocessingML: escaped, and without characters XML 1.0 forbids. */
final class XmlText {

    private XmlText() {
    }

    static void appendEscaped(StringBuilder out, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // control characters pasted from other programs would make the file unreadable
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }

    static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        appendEscaped(sb, text);
        return sb.toString();
    }

    /** Unescapes the five predefined entities and numeric references, as found in attribute values. */
    static String unescape(String s) {
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
