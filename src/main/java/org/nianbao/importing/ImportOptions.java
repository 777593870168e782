package org.nianbao.importing;

/**
 * Choices for one import.
 *
 * @param year                 the year the report is about; null to detect it from the title, the
 *                             preamble, the level-1 headings or the date (in that order)
 * @param normalizePunctuation turn half-width punctuation next to Chinese text into full-width
 */
public record ImportOptions(Integer year, boolean normalizePunctuation) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, true);
    }

    public ImportOptions withYear(Integer newYear) {
        return new ImportOptions(newYear, normalizePunctuation);
    }

    public ImportOptions withNormalizePunctuation(boolean value) {
        return new ImportOptions(year, value);
    }
}
