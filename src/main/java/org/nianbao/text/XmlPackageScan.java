package org.nianbao.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A bounded look inside a Word package (a zip of XML parts) that never expands more than
 * {@link #MAX_EXPANDED_BYTES}: whether a part declares a DOCTYPE (Word never writes one; it is how
 * entity attacks start), how deep its elements nest, and whether the whole expands beyond the limit
 * (a zip bomb). Used to refuse a hostile template before it is read, and to tell the officer which
 * of these an imported file is when the reader refuses it: a small, deeply nested file is not a bomb.
 */
public record XmlPackageScan(boolean hasDoctype, boolean expandsTooFar, int maxDepth, boolean unreadable) {

    /** Far above any report or template (a 100-page report's parts expand to a few MB). */
    public static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;
    /** Word's own documents nest a few dozen elements deep, nested tables included. */
    public static final int MAX_DEPTH = 500;

    public boolean nestsTooDeep() {
        return maxDepth > MAX_DEPTH;
    }

    public static XmlPackageScan of(byte[] zip) {
        Scanner scanner = new Scanner();
        boolean unreadable = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while (!scanner.tooFar && (entry = in.getNextEntry()) != null) {
                boolean xml = isXml(entry.getName());
                scanner.startPart();
                int n;
                while (!scanner.tooFar && (n = in.read(buffer)) > 0) {
                    scanner.expanded += n;
                    scanner.tooFar = scanner.expanded > MAX_EXPANDED_BYTES;
                    if (xml) {
                        scanner.scan(buffer, n);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            unreadable = true;
        }
        return new XmlPackageScan(scanner.doctype, scanner.tooFar, scanner.maxDepth, unreadable);
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Tag depth by the angle brackets; a part's state carries across buffer boundaries. */
    private static final class Scanner {
        private static final byte[] DOCTYPE = "!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long expanded;
        boolean tooFar;
        boolean doctype;
        int maxDepth;
        private int depth;
        private boolean inTag;
        private boolean closing;
        private boolean special;
        private int afterOpen; // bytes seen since '<', for recognising "!DOCTYPE"
        private boolean doctypeSoFar;
        private byte previous;

        void startPart() {
            depth = 0;
            inTag = false;
        }

        void scan(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (!inTag) {
                    if (c == '<') {
                        inTag = true;
                        closing = false;
                        special = false;
                        afterOpen = 0;
                        doctypeSoFar = true;
                    }
                } else {
                    if (afterOpen == 0) {
                        closing = c == '/';
                        special = c == '?' || c == '!';
                    }
                    if (afterOpen < DOCTYPE.length) {
                        doctypeSoFar &= Character.toUpperCase((char) c) == DOCTYPE[afterOpen];
                        if (doctypeSoFar && afterOpen == DOCTYPE.length - 1) {
                            doctype = true;
                        }
                    }
                    afterOpen++;
                    if (c == '>') {
                        inTag = false;
                        if (closing) {
                            depth = Math.max(0, depth - 1);
                        } else if (!special && previous != '/') {
                            depth++;
                            maxDepth = Math.max(maxDepth, depth);
                        }
                    }
                }
                previous = c;
            }
        }
    }
}
