package org.nianbao.ui.outline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/**
 * A new report from an outline: the five parts the regulation lists (主要举措和成效, 不足和原因,
 * 第一责任人职责, 主要安排, 其他), or the common three (成效, 不足, 安排). The headings are data in
 * {@code outline-template*.txt}: {0} is the report's year, {1} the next; a line starting with ! is
 * the problem-list part.
 */
public final class OutlineTemplate {

    /** The outlines a new report can start from. */
    public enum Kind {
        FIVE_PARTS("/org/nianbao/ui/outline-template.txt"),
        THREE_PARTS("/org/nianbao/ui/outline-template-3.txt");

        private final String resource;

        Kind(String resource) {
            this.resource = resource;
        }
    }

    private OutlineTemplate() {
    }

    /** A new report with the regulation's five parts. */
    public static Report newReport(int year, String title) {
        return newReport(Kind.FIVE_PARTS, year, title);
    }

    public static Report newReport(Kind kind, int year, String title) {
        List<Section> parts = new ArrayList<>();
        for (String line : lines(kind.resource)) {
            boolean problems = line.startsWith("!");
            String heading = MessageFormat.format(problems ? line.substring(1) : line,
                    String.valueOf(year), String.valueOf(year + 1));
            parts.add(new Section(null, heading, HeadingStyle.STANDALONE,
                    problems ? SectionRole.PROBLEMS : SectionRole.ORDINARY, List.of(), List.of()));
        }
        return Report.blank(year, title).withSections(parts);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = OutlineTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
