package org.nianbao.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/**
 * Test-only: builds a Report from plain text, one paragraph a line, by regex (一、 headings, run-in
 * （一） headings ending at the first 。, a closing of issuers and date). Not the importer.
 */
final class TextReports {

    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+)、(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)](.*)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

    private TextReports() {
    }

    /** The corpus beside the project (../shared), or beside the worktrees' folder when working in one. */
    static Path corpus() {
        Path project = Path.of(System.getProperty("user.dir"));
        Path file = project.resolve("../shared/corpus/yuancheng-2020-fazhi-zhengfu-report.txt").normalize();
        Path worktree = project.resolve("../../shared/corpus/yuancheng-2020-fazhi-zhengfu-report.txt").normalize();
        return Files.exists(file) || !Files.exists(worktree) ? file : worktree;
    }

    static Report read(Path file, int year, String title) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), year, title);
    }

    static Report parse(String text, int year, String title) {
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        LocalDate date = null;
        List<String> issuers = List.of();
        if (!lines.isEmpty()) {
            Matcher d = DATE.matcher(lines.get(lines.size() - 1));
            if (d.matches()) {
                date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(3)));
                lines.remove(lines.size() - 1);
                String last = lines.get(lines.size() - 1);
                if (!last.contains("。") && last.length() < 60) {
                    issuers = List.of(last.split("\\s+"));
                    lines.remove(lines.size() - 1);
                }
            }
        }
        List<Paragraph> preamble = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (String line : lines) {
            Matcher l1 = LEVEL1.matcher(line);
            Matcher l2 = LEVEL2.matcher(line);
            if (l1.matches()) {
                parts.add(new Part(l1.group(2)));
            } else if (l2.matches() && !parts.isEmpty()) {
                String rest = l2.group(2);
                int stop = rest.indexOf('。');
                Part p = parts.get(parts.size() - 1);
                if (stop > 0 && stop < rest.length() - 1) {
                    p.children.add(Section.of(rest.substring(0, stop), HeadingStyle.RUN_IN,
                            List.of(Paragraph.of(rest.substring(stop + 1))), List.of()));
                } else {
                    p.children.add(Section.of(rest.replaceAll("。$", ""), HeadingStyle.STANDALONE, List.of(),
                            List.of()));
                }
            } else if (parts.isEmpty()) {
                preamble.add(Paragraph.of(line));
            } else {
                Part p = parts.get(parts.size() - 1);
                if (p.children.isEmpty()) {
                    p.paragraphs.add(Paragraph.of(line));
                } else {
                    Section last = p.children.remove(p.children.size() - 1);
                    List<Paragraph> ps = new ArrayList<>(last.paragraphs());
                    ps.add(Paragraph.of(line));
                    p.children.add(last.withParagraphs(ps));
                }
            }
        }
        List<Section> sections = parts.stream().map(Part::toSection).toList();
        return Report.blank(year, title).withPreamble(preamble).withSections(sections).withDate(date)
                .withIssuers(issuers);
    }

    private static final class Part {
        final String heading;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Section> children = new ArrayList<>();

        Part(String heading) {
            this.heading = heading;
        }

        Section toSection() {
            SectionRole role = heading.matches(".*(问题|不足|困难).*") ? SectionRole.PROBLEMS : SectionRole.ORDINARY;
            return new Section(null, heading, HeadingStyle.STANDALONE, role, paragraphs, children);
        }
    }
}
