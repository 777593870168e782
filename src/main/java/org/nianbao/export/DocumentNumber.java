package org.nianbao.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 in the form GB/T 9704 prescribes: 机关代字 + the full year in 六角括号 〔〕 + the serial number
 * without 第 and without leading zeros, e.g. 示政〔2021〕3号. Officers type [2021], (2021) or
 * 【2021】 and 第03号; this puts them right.
 */
final class DocumentNumber {

    private static final Pattern NUMBER = Pattern.compile(
            "^(.*?)[\\[［(（【〔{]\\s*(\\d{4})\\s*[\\]］)）】〕}]\\s*第?\\s*0*(\\d+)\\s*号?\\s*$");

    private DocumentNumber() {
    }

    static String normalize(String number) {
        String s = number == null ? "" : number.strip();
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return s;
        }
        return m.group(1).strip() + "〔" + m.group(2) + "〕" + m.group(3) + "号";
    }
}
