package org.nianbao.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.review.Placement;
import org.nianbao.review.ReportFields;
import org.nianbao.compose.ReviewSession.Pending;
import org.nianbao.text.SectionNumbering;

/** The pending changes and comments of {@code review}, as text for the officer or as JSON for tools. */
final class ReviewListing {

    private final Report report;
    private final Map<Long, String> sectionNames = new HashMap<>();

    ReviewListing(Report report) {
        this.report = report;
        for (OutlineEntry e : report.outline()) {
            sectionNames.put(e.section().id(), SectionNumbering.path(e.path()) + e.section().heading());
        }
    }

    static long conflicts(List<Pending> pending) {
        return pending.stream().filter(p -> p.placement().status() == Placement.Status.CONFLICT).count();
    }

    String text(List<Pending> pending) {
        StringBuilder sb = new StringBuilder();
        long changes = pending.stream().filter(p -> !p.item().kind().isComment()).count();
        sb.append("报告 ").append(report.id()).append("《").append(report.title()).append("》：待处理修订 ").append(changes)
                .append(" 处，批注 ").append(pending.size() - changes).append(" 条，冲突 ").append(conflicts(pending))
                .append(" 处。\n");
        String lastSection = null;
        for (Pending p : pending) {
            ReviewItem item = p.item();
            String section = item.field() != null ? "（" + ReportFields.label(item.field()) + "）"
                    : item.sectionId() == null ? "（正文章节之外）"
                    : sectionNames.getOrDefault(item.sectionId(), "（已删除的章节）");
            if (!section.equals(lastSection)) {
                sb.append(section).append('\n');
                lastSection = section;
            }
            sb.append(item.isReply() ? "      " : "  ").append('[').append(item.id()).append("] ").append(item.author());
            if (!item.initials().isEmpty()) {
                sb.append(" (").append(item.initials()).append(')');
            }
            if (!item.date().isEmpty()) {
                sb.append(' ').append(item.date(), 0, Math.min(10, item.date().length()));
            }
            sb.append(' ').append(describe(item));
            switch (p.placement().status()) {
                case CONFLICT -> sb.append("  【冲突】").append(p.placement().reason()).append("；现在的文字：“")
                        .append(oneLine(p.placement().current())).append('”');
                case OUTSIDE -> sb.append("  【需手工处理】").append(p.placement().reason());
                default -> {
                }
            }
            if (p.breaksFigure()) {
                sb.append("  【数字核对出错】接受后核对发现新的错误");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String describe(ReviewItem item) {
        String old = "“" + oneLine(item.oldText()) + "”";
        String added = "“" + oneLine(item.newText()) + "”";
        return switch (item.kind()) {
            case INSERTION -> "插入 " + added;
            case DELETION -> "删除 " + old;
            case REPLACEMENT -> "替换 " + old + " → " + added;
            case MOVED_AWAY -> "移走 " + old;
            case MOVED_HERE -> "移入 " + added;
            case COMMENT -> (item.isReply() ? "回复：" : "批注（" + old + "）：") + oneLine(item.newText())
                    + (item.done() ? "（已解决）" : "");
        };
    }

    private static String oneLine(String s) {
        return s.replace("\n", "¶");
    }

    String json(List<Pending> pending) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"report\": {\"id\": ").append(report.id()).append(", \"title\": ");
        string(sb, report.title());
        sb.append("},\n \"items\": [");
        boolean first = true;
        for (Pending p : pending) {
            ReviewItem i = p.item();
            sb.append(first ? "\n  " : ",\n  ");
            first = false;
            sb.append("{\"id\": ").append(i.id()).append(", \"kind\": ");
            string(sb, i.kind().name().toLowerCase(java.util.Locale.ROOT));
            sb.append(", \"section\": ").append(i.sectionId() == null ? "null" : i.sectionId().toString())
                    .append(", \"sectionName\": ");
            string(sb, i.sectionId() == null ? null : sectionNames.get(i.sectionId()));
            sb.append(", \"field\": ");
            string(sb, i.field() == null ? null : i.field().name().toLowerCase(java.util.Locale.ROOT));
            if (i.crossesInto() != null) {
                sb.append(", \"crossesInto\": ");
                string(sb, i.crossesInto());
            }
            sb.append(", \"start\": ").append(p.placement().start()).append(", \"end\": ").append(p.placement().end())
                    .append(", \"oldText\": ");
            string(sb, i.oldText());
            sb.append(", \"newText\": ");
            string(sb, i.newText());
            sb.append(", \"author\": ");
            string(sb, i.author());
            sb.append(", \"initials\": ");
            string(sb, i.initials());
            sb.append(", \"date\": ");
            string(sb, i.date());
            sb.append(", \"tracked\": ").append(i.tracked()).append(", \"status\": ");
            string(sb, p.placement().status().name().toLowerCase(java.util.Locale.ROOT));
            sb.append(", \"reason\": ");
            string(sb, p.placement().reason());
            sb.append(", \"breaksFigure\": ").append(p.breaksFigure());
            if (i.kind() == ReviewKind.COMMENT || i.parentPosition() != null) {
                sb.append(", \"done\": ").append(i.done()).append(", \"parentPosition\": ")
                        .append(i.parentPosition() == null ? "null" : i.parentPosition().toString());
            }
            sb.append(", \"position\": ").append(i.position()).append('}');
        }
        sb.append(first ? "],\n" : "\n ],\n");
        sb.append(" \"conflicts\": ").append(conflicts(pending)).append("}\n");
        return sb.toString();
    }

    /** A JSON string, or null. */
    private static void string(StringBuilder sb, String s) {
        org.nianbao.text.JsonText.appendString(sb, s);
    }
}
