package org.nianbao.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number that opens a heading line, as officers type it: 一、 (level 1), （一） or (一) (level 2),
 * 1. 1． 1、 (level 3), （1） or (1) (level 4).
 *
 * @param level  1 to 4
 * @param number the position it states (三 → 3)
 * @param length characters the marker takes at the start of the line
 */
public record HeadingMarker(int level, int number, int length) {

    /** Not "一、二季度" or "三、四月份", where 、 lists numerals in running prose. */
    private static final Pattern LEVEL_1 = Pattern.compile(
            "^([一二三四五六七八九十]{1,3})[ 　]?、[ 　]?(?![一二三四五六七八九十]+(?:季度|月|年级|类|级|批|档|等|个|项|次))");
    /** Officers' files also have "一 、" and "（一 ）": a space typed inside the marker. */
    private static final Pattern LEVEL_2 = Pattern.compile("^[（(][ 　]?([一二三四五六七八九十]{1,3})[ 　]?[）)]");
    /** Not followed by a digit or %, so "3.5%" and "1.2万元" do not count. */
    private static final Pattern LEVEL_3 = Pattern.compile("^([0-9]{1,2})[.．、](?![0-9０-９%])");
    private static final Pattern LEVEL_4 = Pattern.compile("^[（(]([0-9]{1,2})[）)]");

    /** The marker at the very start of {@code line} (strip indentation first), if any. */
    public static Optional<HeadingMarker> parse(String line) {
        if (line == null || line.length() < 2) {
            return Optional.empty();
        }
        char first = line.charAt(0);
        if (first == '（' || first == '(') {
            Optional<HeadingMarker> chinese = match(LEVEL_2, line, 2, true);
            return chinese.isPresent() ? chinese : match(LEVEL_4, line, 4, false);
        }
        if (first >= '0' && first <= '9') {
            return match(LEVEL_3, line, 3, false);
        }
        if (ChineseNumerals.isNumeralChar(first)) {
            return match(LEVEL_1, line, 1, true);
        }
        return Optional.empty();
    }

    /** The line without its marker, or the line itself when it has none. */
    public static String stripMarker(String line) {
        return parse(line).map(m -> line.substring(m.length())).orElse(line);
    }

    private static Optional<HeadingMarker> match(Pattern pattern, String line, int level, boolean chinese) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int number = chinese ? ChineseNumerals.toInt(m.group(1)) : Integer.parseInt(m.group(1));
        if (number < 1) {
            return Optional.empty();
        }
        return Optional.of(new HeadingMarker(level, number, m.end()));
    }
}
