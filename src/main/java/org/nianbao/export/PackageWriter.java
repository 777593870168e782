package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the exported package: the template's parts as they are, except the main document (new
 * body), the core properties (new), the styles (bold headings when asked) and the content types and
 * relationships of parts the export adds (blank footers for the end block).
 */
final class PackageWriter {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ROOT_RELS = "_rels/.rels";
    private static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
    private static final String CORE = "docProps/core.xml";

    private final TemplatePackage template;
    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();

    PackageWriter(TemplatePackage template) {
        this.template = template;
    }

    void replace(String part, String xml) {
        replaced.put(part, xml.getBytes(StandardCharsets.UTF_8));
    }

    String text(String part) {
        byte[] b = replaced.containsKey(part) ? replaced.get(part) : template.parts().get(part);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Adds a footer part to the main document; returns its relationship id. */
    String addFooter(String name, String xml) {
        return addDocumentPart(name, xml, TemplateParts.CONTENT_TYPE_FOOTER, TemplateParts.REL_FOOTER);
    }

    /** Adds a part under word/ that the main document refers to (a footer, comments); returns its relationship id. */
    String addDocumentPart(String name, String xml, String contentType, String relationshipType) {
        String id = "rIdNianbao" + name.replaceAll("\\W", "");
        added.put("word/" + name, xml.getBytes(StandardCharsets.UTF_8));
        String rels = text(DOCUMENT_RELS);
        if (rels == null) {
            rels = TemplateParts.XML_DECLARATION
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
        }
        replace(DOCUMENT_RELS, insertBeforeEnd(rels, "</Relationships>",
                TemplateParts.relationship(id, relationshipType, name)));
        addContentType("/word/" + name, contentType);
        return id;
    }

    void setCoreProperties(String xml) {
        if (template.parts().containsKey(CORE)) {
            replace(CORE, xml);
            return;
        }
        added.put(CORE, xml.getBytes(StandardCharsets.UTF_8));
        addContentType("/" + CORE, "application/vnd.openxmlformats-package.core-properties+xml");
        String rels = text(ROOT_RELS);
        if (rels != null) {
            replace(ROOT_RELS, insertBeforeEnd(rels, "</Relationships>", TemplateParts.relationship("rIdNianbaoCore",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CORE)));
        }
    }

    /**
     * Puts a part the package relationships point to (custom properties): replaces the template's
     * part of that name, or adds it with its content type and relationship.
     */
    void putRootPart(String part, String xml, String contentType, String relationshipType) {
        if (template.parts().containsKey(part)) {
            replace(part, xml);
            return;
        }
        added.put(part, xml.getBytes(StandardCharsets.UTF_8));
        addContentType("/" + part, contentType);
        String rels = text(ROOT_RELS);
        if (rels != null) {
            replace(ROOT_RELS, insertBeforeEnd(rels, "</Relationships>",
                    TemplateParts.relationship("rIdNianbao" + part.replaceAll("\\W", ""), relationshipType, part)));
        }
    }

    private void addContentType(String partName, String type) {
        replace(CONTENT_TYPES, insertBeforeEnd(text(CONTENT_TYPES), "</Types>", TemplateParts.override(partName, type)));
    }

    /**
     * A template saved as .dotx declares its main part a template; the export is a document, or Word
     * would open it as a template.
     */
    private String contentTypes() {
        return text(CONTENT_TYPES).replace("wordprocessingml.template.main+xml", "wordprocessingml.document.main+xml");
    }

    void write(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        // the main document is most of the bytes: fast compression keeps a 100-page export quick
        zip.setLevel(Deflater.BEST_SPEED);
        for (Map.Entry<String, byte[]> part : template.parts().entrySet()) {
            String name = part.getKey();
            byte[] bytes = name.equals(CONTENT_TYPES) ? contentTypes().getBytes(StandardCharsets.UTF_8)
                    : replaced.getOrDefault(name, part.getValue());
            entry(zip, name, bytes);
        }
        for (Map.Entry<String, byte[]> part : added.entrySet()) {
            entry(zip, part.getKey(), part.getValue());
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String insertBeforeEnd(String xml, String closing, String element) {
        int at = xml.lastIndexOf(closing);
        if (at < 0) {
            throw new IllegalStateException("no " + closing);
        }
        return xml.substring(0, at) + element + xml.substring(at);
    }
}
