package org.nianbao.review;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.text.ChineseDates;
import org.nianbao.text.PrintedText;

/**
 * The report's fields outside the sections as the export prints them, and a field's printed text
 * changed by a reviewer written back into the report. The title prints as one paragraph broken into
 * lines (the breaks are layout, not text); the recipient with a colon; the preamble one paragraph a
 * line; the issuers one line each, blank ones left out; the date as 2024年1月20日. A field holding a
 * figure reference prints differently from what is stored and is left out (its changes by hand).
 */
public final class ReportFields {

    private ReportFields() {
    }

    /** Each field the report prints, as printed; a title holding a figure reference is left out. */
    public static Map<ReportField, String> printed(Report report) {
        Map<ReportField, String> out = new EnumMap<>(ReportField.class);
        for (ReportField f : ReportField.values()) {
            printed(report, f).ifPresent(text -> out.put(f, text));
        }
        return out;
    }

    public static Optional<String> printed(Report report, ReportField field) {
        return switch (field) {
            case TITLE -> Optional.of(report.title().strip()).filter(t -> !t.isEmpty() && !t.contains("{{"));
            case RECIPIENT -> Optional.ofNullable(report.recipient()).filter(r -> !r.isBlank() && !r.contains("{{"))
                    .map(r -> PrintedText.withoutClosingPunctuation(r) + "：");
            case PREAMBLE -> Optional.of(report.preamble().stream().map(Paragraph::text).toList())
                    .filter(lines -> !lines.isEmpty() && lines.stream().noneMatch(l -> l.contains("{{") || l.contains("\n")))
                    .map(lines -> String.join("\n", lines));
            case ISSUERS -> Optional.of(String.join("\n", issuers(report.issuers()))).filter(t -> !t.isEmpty());
            case DATE -> Optional.ofNullable(report.date()).map(PrintedText::date);
        };
    }

    private static List<String> issuers(List<String> lines) {
        return lines.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    }

    /** The report with a field's printed text replaced; empty when the text cannot be that field (a date that is none). */
    public static Optional<Report> withPrinted(Report report, ReportField field, String text) {
        return switch (field) {
            case TITLE -> Optional.of(text.replace("\n", "").strip()).filter(t -> !t.isEmpty()).map(report::withTitle);
            case RECIPIENT -> Optional.of(report.withRecipient(recipient(text)));
            case PREAMBLE -> Optional.of(report.withPreamble(Arrays.stream(text.split("\n", -1)).map(Paragraph::of).toList()));
            case ISSUERS -> Optional.of(report.withIssuers(issuers(Arrays.asList(text.split("\n", -1)))));
            case DATE -> ChineseDates.parse(text.strip()).map(report::withDate);
        };
    }

    /** {@code to} with one field as {@code from} has it. */
    public static Report copy(ReportField field, Report from, Report to) {
        return switch (field) {
            case TITLE -> to.withTitle(from.title());
            case RECIPIENT -> to.withRecipient(from.recipient());
            case PREAMBLE -> to.withPreamble(from.preamble());
            case ISSUERS -> to.withIssuers(from.issuers());
            case DATE -> to.withDate(from.date());
        };
    }

    /** The recipient as stored: without the colon it prints with; none when nothing is left. */
    private static String recipient(String printed) {
        String r = printed.replace("\n", "").strip();
        while (r.endsWith("：") || r.endsWith(":")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r.isEmpty() ? null : r;
    }

    /** The field's name for the officer. */
    public static String label(ReportField field) {
        return switch (field) {
            case TITLE -> "标题";
            case RECIPIENT -> "主送机关";
            case PREAMBLE -> "开头段落";
            case ISSUERS -> "发文机关署名";
            case DATE -> "成文日期";
        };
    }
}
