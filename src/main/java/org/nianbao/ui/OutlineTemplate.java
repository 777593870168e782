package org.nianbao.ui;

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
 * A new report from the outline the regulation lists (主要举措和成效, 不足和原因, 第一责任人职责,
 * 主要安排, 其他). The headings are data in {@code outline-template.txt}: {0} is the report's year,
 * {1} the next; a line starting with ! is the problem-list part.
 */
public final class OutlineTemplate {

    private static final String RESOURCE = "outline-template.txt";

    private OutlineTemplate() {
    }

    public static Report newReport(int year, String title) {
        List<Section> parts = new ArrayList<>();
        for (String line : lines()) {
            boolean problems = line.startsWith("!");
            String heading = MessageFormat.format(problems ? line.substring(1) : line,
                    String.valueOf(year), String.valueOf(year + 1));
            parts.add(new Section(null, heading, HeadingStyle.STANDALONE,
                    problems ? SectionRole.PROBLEMS : SectionRole.ORDINARY, List.of(), List.of()));
        }
        return Report.blank(year, title).withSections(parts);
    }

    private static List<String> lines() {
        try (InputStream in = OutlineTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
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
