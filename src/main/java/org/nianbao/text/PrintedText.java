package org.nianbao.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;

/**
 * Prose of a report as it prints, in the Word export and on laid-out pages alike: metric references
 * resolved, closing punctuation handled, dates written in full.
 */
public final class PrintedText {

    private final List<Metric> metrics;
    private final Map<String, Metric> byName = new HashMap<>();

    public PrintedText(List<Metric> metrics) {
        this.metrics = metrics;
        for (Metric m : metrics) {
            byName.putIfAbsent(m.name(), m);
        }
    }

    /** The text with its {{指标名}} references replaced by the figures. */
    public String resolve(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        // hand each paragraph only the metrics it cites: a report of 1,000 figures stays fast
        List<Metric> cited = new ArrayList<>();
        for (MetricReference ref : MetricReference.findIn(text)) {
            Metric m = byName.get(ref.metricName());
            if (m != null && !cited.contains(m)) {
                cited.add(m);
            }
        }
        return MetricText.resolveReferences(text, cited.isEmpty() ? metrics : cited);
    }

    /**
     * A line that prints without closing punctuation (an attachment's name, a problem in the list, the
     * recipient) with its references resolved.
     */
    public String line(String text) {
        return withoutClosingPunctuation(resolve(text));
    }

    /** The text without closing punctuation: headings, attachment names, list items. */
    public static String withoutClosingPunctuation(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "。；，：、.;,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** A heading sentence of a run-in heading ends with 。 (or its own ！ ？). */
    public static String asSentence(String heading) {
        String s = withoutClosingPunctuation(heading);
        if (s.endsWith("！") || s.endsWith("？")) {
            return s;
        }
        return s + "。";
    }

    private static final java.util.regex.Pattern DOCUMENT_NUMBER = java.util.regex.Pattern.compile(
            "^(.*?)[\\[［(（【〔{]\\s*(\\d{4})\\s*[\\]］)）】〕}]\\s*第?\\s*0*(\\d+)\\s*号?\\s*$");

    /**
     * 发文字号 in the form GB/T 9704 prescribes: 机关代字 + the full year in 六角括号 〔〕 + the serial
     * number without 第 and without leading zeros, e.g. 示政〔2021〕3号. Officers type [2021], (2021)
     * or 【2021】 and 第03号; this puts them right.
     */
    public static String documentNumber(String number) {
        String s = number == null ? "" : number.strip();
        java.util.regex.Matcher m = DOCUMENT_NUMBER.matcher(s);
        if (!m.matches()) {
            return s;
        }
        return m.group(1).strip() + "〔" + m.group(2) + "〕" + m.group(3) + "号";
    }

    /** 2021年1月30日: Arabic numerals in full, no leading zeros. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
