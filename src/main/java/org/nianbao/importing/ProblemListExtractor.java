package org.nianbao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.SectionRole;
import org.nianbao.text.EnumerationMarkers;
import org.nianbao.text.EnumerationMarkers.Enumeration;

/**
 * Finds the part on shortcomings (存在的问题/不足/困难) and turns its 一是……二是…… enumeration into
 * the report's problem list. The lead text ("……主要表现在：") stays as the part's paragraph; the items
 * leave the prose, as the problem list holds them from now on.
 */
final class ProblemListExtractor {

    private static final Pattern PROBLEM_WORD = Pattern.compile("问题|不足|困难|短板|差距");
    /** Said of the part on shortcomings, rarely of others ("聚焦群众关切问题" mentions 问题 too). */
    private static final Pattern DECISIVE_WORD = Pattern.compile("存在|不足|短板");

    private ProblemListExtractor() {
    }

    /**
     * Marks the problem part and returns its items; none when the report has no such part. A
     * heading saying 存在, 不足 or 短板 wins over one that only mentions 问题, 困难 or 差距.
     */
    static List<ProblemItem> extract(List<OutlineBuilder.Node> parts) {
        Optional<OutlineBuilder.Node> part = parts.stream()
                .filter(p -> isProblemHeading(p.heading) && DECISIVE_WORD.matcher(p.heading).find())
                .findFirst()
                .or(() -> parts.stream().filter(p -> isProblemHeading(p.heading)).findFirst());
        if (part.isEmpty()) {
            return List.of();
        }
        OutlineBuilder.Node node = part.get();
        node.role = SectionRole.PROBLEMS;
        List<ProblemItem> items = new ArrayList<>();
        takeItems(node, items);
        if (items.isEmpty()) {
            // the list may sit one level down, under （一）存在的问题
            for (OutlineBuilder.Node child : node.children) {
                takeItems(child, items);
            }
        }
        return items;
    }

    private static boolean isProblemHeading(String heading) {
        return PROBLEM_WORD.matcher(heading).find();
    }

    private static void takeItems(OutlineBuilder.Node node, List<ProblemItem> items) {
        List<Paragraph> kept = new ArrayList<>(node.paragraphs.size());
        for (Paragraph paragraph : node.paragraphs) {
            Enumeration enumeration = EnumerationMarkers.split(paragraph.text());
            boolean continues = !items.isEmpty();
            if (enumeration.items().isEmpty() || (!continues && enumeration.items().get(0).number() != 1)) {
                kept.add(paragraph);
                continue;
            }
            if (!enumeration.lead().isEmpty()) {
                kept.add(Paragraph.of(enumeration.lead()));
            }
            for (EnumerationMarkers.Item item : enumeration.items()) {
                if (!item.text().isEmpty()) {
                    items.add(ProblemItem.of(item.text()));
                }
            }
        }
        node.paragraphs.clear();
        node.paragraphs.addAll(kept);
    }
}
