package org.nianbao.importing;

import org.nianbao.model.BadInputException;

/**
 * Choices for one import.
 *
 * @param year                 the year the report is about; null to detect it from the title, the
 *                             preamble, the level-1 headings or the date (in that order)
 * @param normalizePunctuation turn half-width punctuation next to Chinese text into full-width
 */
public record ImportOptions(Integer year, boolean normalizePunctuation) {

    /** The years a report can be about: a typo such as 20233 or 203 is refused, not stored. */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    public ImportOptions {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new BadInputException("报告年度 " + year + " 不合理，请给出 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间的年份",
                    "the report year " + year + " is not plausible; give a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

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
