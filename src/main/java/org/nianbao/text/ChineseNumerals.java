package org.nianbao.text;

/** Chinese numerals as headings and enumerations use them (一 … 九十九), both ways. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
    public static String toChinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("numeral out of range 1..99: " + n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 0) {
            if (tens > 1) {
                sb.append(DIGITS.charAt(tens));
            }
            sb.append('十');
        }
        if (units > 0) {
            sb.append(DIGITS.charAt(units));
        }
        return sb.toString();
    }

    /** 一 → 1, 十二 → 12, 二十 → 20; -1 when the text is not such a numeral. */
    public static int toInt(String s) {
        if (s == null || s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        if (s.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.charAt(0)) : -1);
        String rest = s.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : (rest.length() == 1 ? digit(rest.charAt(0)) : -1);
        if (tens < 1 || units < 0 || (rest.length() == 1 && units == 0)) {
            return -1;
        }
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i >= 1 ? i : -1;
    }

    public static boolean isNumeralChar(char c) {
        return c == '十' || digit(c) > 0;
    }
}
