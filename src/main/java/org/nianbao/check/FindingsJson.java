package org.nianbao.check;

import java.util.Map;
import org.nianbao.model.Report;

/**
 * The findings as JSON, for {@code check --json} and for tools. Chinese is written as is (UTF-8),
 * only quotes, backslashes and control characters are escaped.
 */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static String write(Report report, CheckReport result) {
        StringBuilder sb = new StringBuilder(256 + result.findings().size() * 320);
        sb.append("{\"report\": {\"id\": ").append(report.id() == null ? "null" : report.id().toString())
                .append(", \"title\": ");
        string(sb, report.title());
        sb.append(", \"year\": ").append(report.year()).append("},\n \"findings\": [");
        boolean first = true;
        for (Finding f : result.findings()) {
            sb.append(first ? "\n  " : ",\n  ");
            first = false;
            finding(sb, f);
        }
        sb.append(first ? "],\n" : "\n ],\n");
        sb.append(" \"summary\": {\"errors\": ").append(result.errors())
                .append(", \"warnings\": ").append(result.warnings())
                .append(", \"verified\": ").append(result.verified())
                .append(", \"unverifiable\": ").append(result.unverifiable()).append("}}\n");
        return sb.toString();
    }

    private static void finding(StringBuilder sb, Finding f) {
        sb.append("{\"rule\": ");
        string(sb, f.rule());
        sb.append(", \"severity\": ");
        string(sb, f.severity().json());
        sb.append(", \"status\": ");
        string(sb, f.status().json());
        Location l = f.location();
        sb.append(", \"location\": {\"section\": ");
        string(sb, l.section());
        sb.append(", \"paragraph\": ").append(l.paragraph()).append(", \"start\": ").append(l.start())
                .append(", \"end\": ").append(l.end()).append("}, \"text\": ");
        string(sb, f.text());
        sb.append(", \"stated\": ");
        string(sb, f.stated());
        sb.append(", \"computed\": ");
        string(sb, f.computed());
        sb.append(", \"inputs\": {");
        boolean first = true;
        for (Map.Entry<String, String> e : f.inputs().entrySet()) {
            sb.append(first ? "" : ", ");
            first = false;
            string(sb, e.getKey());
            sb.append(": ");
            string(sb, e.getValue());
        }
        sb.append("}, \"message\": ");
        string(sb, f.message());
        sb.append('}');
    }

    /** A JSON string, or null. */
    static void string(StringBuilder sb, String s) {
        org.nianbao.text.JsonText.appendString(sb, s);
    }
}
