package org.nianbao.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One annual report: what the drafting officer compiles for one year and one organization.
 *
 * <p>Immutable: an edit produces a new value, so the checker can work on a snapshot while the
 * officer keeps typing. {@code id} is null until the report is stored.
 *
 * @param issuers   issuing organizations (发文机关署名), lead issuer first
 * @param recipient 主送机关, or null when the report names none
 * @param date      成文日期, or null while the officer has not set it
 * @param preamble  opening paragraph(s) before the first part
 */
public record Report(
        Long id,
        int year,
        String title,
        List<String> issuers,
        String recipient,
        LocalDate date,
        List<Paragraph> preamble,
        List<Section> sections,
        List<Metric> metrics,
        List<ProblemItem> problems,
        List<Attachment> attachments,
        ExportSettings settings) {

    public Report {
        Objects.requireNonNull(title, "title");
        issuers = List.copyOf(issuers);
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        metrics = List.copyOf(metrics);
        problems = List.copyOf(problems);
        attachments = List.copyOf(attachments);
        settings = settings == null ? ExportSettings.defaults() : settings;
    }

    /** An empty report for a year, as the start of a new one. */
    public static Report blank(int year, String title) {
        return new Report(null, year, title, List.of(), null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), ExportSettings.defaults());
    }

    public Report withId(Long newId) {
        return new Report(newId, year, title, issuers, recipient, date, preamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withYear(int newYear) {
        return new Report(id, newYear, title, issuers, recipient, date, preamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withTitle(String newTitle) {
        return new Report(id, year, newTitle, issuers, recipient, date, preamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withIssuers(List<String> newIssuers) {
        return new Report(id, year, title, newIssuers, recipient, date, preamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withRecipient(String newRecipient) {
        return new Report(id, year, title, issuers, newRecipient, date, preamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withDate(LocalDate newDate) {
        return new Report(id, year, title, issuers, recipient, newDate, preamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withPreamble(List<Paragraph> newPreamble) {
        return new Report(id, year, title, issuers, recipient, date, newPreamble, sections, metrics,
                problems, attachments, settings);
    }

    public Report withSections(List<Section> newSections) {
        return new Report(id, year, title, issuers, recipient, date, preamble, newSections, metrics,
                problems, attachments, settings);
    }

    public Report withMetrics(List<Metric> newMetrics) {
        return new Report(id, year, title, issuers, recipient, date, preamble, sections, newMetrics,
                problems, attachments, settings);
    }

    public Report withProblems(List<ProblemItem> newProblems) {
        return new Report(id, year, title, issuers, recipient, date, preamble, sections, metrics,
                newProblems, attachments, settings);
    }

    public Report withAttachments(List<Attachment> newAttachments) {
        return new Report(id, year, title, issuers, recipient, date, preamble, sections, metrics,
                problems, newAttachments, settings);
    }

    public Report withSettings(ExportSettings newSettings) {
        return new Report(id, year, title, issuers, recipient, date, preamble, sections, metrics,
                problems, attachments, newSettings);
    }

    /** Every section in document order (depth first), with its position in the outline. */
    public List<OutlineEntry> outline() {
        return OutlineEntry.flatten(sections);
    }

    /** The level-1 part that holds the problem list, if the report has one. */
    public java.util.Optional<Section> problemPart() {
        return sections.stream().filter(s -> s.role() == SectionRole.PROBLEMS).findFirst();
    }
}
