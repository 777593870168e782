package org.nianbao.check;

import java.util.Objects;
import org.nianbao.model.Report;

/** The findings as text for the terminal, grouped by section, in Chinese, with the counts first. */
public final class FindingsText {

    private FindingsText() {
    }

    public static String write(Report report, CheckReport result) {
        StringBuilder sb = new StringBuilder();
        sb.append(report.title()).append("（").append(report.year()).append("年度）\n");
        sb.append("检查结果：错误").append(result.errors()).append("项，警告").append(result.warnings())
                .append("项，已核对").append(result.verified()).append("项，无法核对").append(result.unverifiable())
                .append("项。\n");
        String group = null;
        for (Finding f : result.findings()) {
            String g = groupOf(f.location());
            if (!Objects.equals(g, group)) {
                group = g;
                sb.append("\n【").append(g).append("】\n");
            }
            sb.append("  ").append(f.severity().chinese()).append("·").append(statusWord(f.status()));
            sb.append(" ").append(place(f.location()));
            if (!f.text().isEmpty()) {
                sb.append(" “").append(f.text()).append("”");
            }
            sb.append("\n    ").append(f.message()).append('\n');
        }
        if (result.findings().isEmpty()) {
            sb.append("\n未发现问题。\n");
        }
        return sb.toString();
    }

    private static String groupOf(Location l) {
        if (l.section().equals(Location.METRICS)) {
            return "指标表";
        }
        if (l.paragraph() == Location.CLOSING) {
            return "落款";
        }
        return l.section().isEmpty() ? "标题和开头" : l.section();
    }

    private static String place(Location l) {
        if (l.section().equals(Location.METRICS)) {
            return "第" + (l.paragraph() + 1) + "个指标";
        }
        if (l.paragraph() == Location.CLOSING) {
            return "落款";
        }
        if (l.paragraph() == Location.HEADING) {
            return l.section().isEmpty() ? "标题" : "小标题";
        }
        return "第" + (l.paragraph() + 1) + "段第" + (l.start() + 1) + "字";
    }

    private static String statusWord(FindingStatus s) {
        return switch (s) {
            case OK -> "已核对";
            case MISMATCH -> "不符";
            case UNVERIFIABLE -> "无法核对";
            case VIOLATION -> "不规范";
        };
    }
}
