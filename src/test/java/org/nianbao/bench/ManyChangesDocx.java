package org.nianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A returned file from a reviewer who retyped it all: in every body run, one character in every
 * {@code every} replaced with tracked markup (w:del + w:ins, three reviewers in turn), as Word writes it.
 */
public final class ManyChangesDocx {

    private static final Pattern RUN_TEXT = Pattern.compile("<w:r>(<w:rPr>.*?</w:rPr>)?<w:t>([^<]{2,})</w:t></w:r>");
    private static final String[] AUTHORS = {"李审核", "王法制", "张审阅"};

    private ManyChangesDocx() {
    }

    /** Writes the edited copy of {@code export}; returns the number of tracked replacements made. */
    public static int write(Path export, Path target, int every) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int changes = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(export)));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    StringBuilder sb = new StringBuilder();
                    Matcher m = RUN_TEXT.matcher(new String(content, StandardCharsets.UTF_8));
                    int id = 1000;
                    while (m.find()) {
                        String rPr = m.group(1) == null ? "" : m.group(1);
                        String text = m.group(2);
                        StringBuilder runs = new StringBuilder();
                        int from = 0;
                        for (int at = every / 2; at < text.length(); at += every) {
                            String author = AUTHORS[changes % AUTHORS.length];
                            String date = "2024-02-0" + (1 + changes % 3) + "T10:00:00Z";
                            runs.append("<w:r>").append(rPr).append("<w:t>").append(text, from, at).append("</w:t></w:r>")
                                    .append("<w:del w:id=\"").append(id++).append("\" w:author=\"").append(author)
                                    .append("\" w:date=\"").append(date).append("\"><w:r>").append(rPr)
                                    .append("<w:delText>").append(text.charAt(at)).append("</w:delText></w:r></w:del>")
                                    .append("<w:ins w:id=\"").append(id++).append("\" w:author=\"").append(author)
                                    .append("\" w:date=\"").append(date).append("\"><w:r>").append(rPr)
                                    .append("<w:t>").append(text.charAt(at) == '有' ? '具' : '有').append("</w:t></w:r></w:ins>");
                            from = at + 1;
                            changes++;
                        }
                        runs.append("<w:r>").append(rPr).append("<w:t>").append(text, from, text.length()).append("</w:t></w:r>");
                        m.appendReplacement(sb, Matcher.quoteReplacement(runs.toString()));
                    }
                    m.appendTail(sb);
                    content = sb.toString().getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
        return changes;
    }
}
