package org.nianbao.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.model.HeaderBlock;
import org.nianbao.text.HeadingMarker;

/**
 * What opens a report before its preamble: the header block of an official document, the title
 * (one line, or two when Word wrapped it by hand) and the recipient line (主送机关,
 * "区委、区人大常委会："). All are optional; header lines count only when a title follows them.
 *
 * @param header    the header block (版头), or null when there is none
 * @param title     the title, or null when the text starts with the preamble
 * @param recipient the recipient without its colon, or null
 * @param lineCount how many lines at the start the block takes
 */
record TitleBlock(HeaderBlock header, String title, String recipient, int lineCount) {

    private static final int MAX_TITLE_LENGTH = 80;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，；：！？,;:!?]");
    /**
     * How titles of such reports end: …年度报告, …情况的报告, …工作情况, …工作总结, possibly followed
     * by a bracketed note such as （2023年度）.
     */
    private static final Pattern TITLE_ENDING = Pattern.compile("(报告|报告书|情况|总结|年报)([（(][^（）()]{1,12}[）)])?$");
    /** A heading styled in Word can be the title only when it says so plainly. */
    private static final Pattern STRICT_TITLE_ENDING = Pattern.compile("(报告|报告书)([（(][^（）()]{1,12}[）)])?$");
    private static final Pattern RECIPIENT = Pattern.compile("^[^，。；,;！？]{2,60}[：:]$");

    static TitleBlock find(List<SourceLine> lines) {
        HeaderLines header = HeaderLines.find(lines);
        TitleBlock block = afterHeader(lines, header.lineCount());
        if (header.lineCount() > 0 && block.title() != null) {
            return new TitleBlock(header.header(), block.title(), block.recipient(),
                    header.lineCount() + block.lineCount());
        }
        return afterHeader(lines, 0);
    }

    private static TitleBlock afterHeader(List<SourceLine> all, int start) {
        List<SourceLine> lines = all.subList(start, all.size());
        int at = 0;
        String title = null;
        if (!lines.isEmpty() && isTitle(lines.get(0))) {
            title = lines.get(0).text();
            at = 1;
        } else if (lines.size() > 1 && isTitleLine(lines.get(0)) && isTitleLine(lines.get(1))
                && isTitle(lines.get(0).withText(lines.get(0).text() + lines.get(1).text()))) {
            title = lines.get(0).text() + lines.get(1).text();
            at = 2;
        }
        String recipient = null;
        if (title != null && lines.size() > at + 1 && isRecipient(lines.get(at).text())) {
            String text = lines.get(at).text();
            recipient = text.substring(0, text.length() - 1).strip();
            at++;
        }
        return new TitleBlock(null, title, recipient, at);
    }

    private static boolean isTitle(SourceLine line) {
        if (!isTitleLine(line)) {
            return false;
        }
        if (line.titleStyled()) {
            return true;
        }
        Pattern ending = line.outlineLevel() > 0 ? STRICT_TITLE_ENDING : TITLE_ENDING;
        return ending.matcher(line.text()).find();
    }

    private static boolean isTitleLine(SourceLine line) {
        String text = line.text();
        return text.length() <= MAX_TITLE_LENGTH
                && !SENTENCE_PUNCTUATION.matcher(text).find()
                && HeadingMarker.parse(text).isEmpty();
    }

    private static boolean isRecipient(String text) {
        return RECIPIENT.matcher(text).matches() && !text.contains("如下") && HeadingMarker.parse(text).isEmpty();
    }
}
