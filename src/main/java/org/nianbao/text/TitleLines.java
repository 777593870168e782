package org.nianbao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a long title into lines of sensible length for a centred 2号 title: lines as even as the
 * words allow, the upper ones no shorter than the lower (a trapezoid) or the middle one longest (a
 * diamond), never inside a word. Chinese has no spaces, so "word" means: a run of digits or Latin
 * letters, a word from a small lexicon of the terms report titles are made of, and a closing mark
 * stays with what it closes.
 */
public final class TitleLines {

    /** Terms of official titles that must not be split, longest first where they overlap. */
    private static final List<String> WORDS = List.of(
            "中国共产党", "人民代表大会", "常务委员会", "法治政府建设", "人民政府", "委员会", "办公室", "办公厅",
            "法治政府", "法治建设", "依法行政", "行政执法", "行政复议", "行政诉讼", "行政决策", "责任落实",
            "第一责任人", "主要负责人", "年度报告", "工作报告", "有关情况", "工作情况", "情况报告",
            "年度", "关于", "报告", "情况", "工作", "建设", "推进", "法治", "政府", "中共", "党委", "区委",
            "市委", "县委", "人民", "司法局", "司法", "实施", "纲要", "落实", "贯彻", "加强", "全面", "深入",
            "上一", "下一", "履行", "职责", "示例区", "示例市");

    private TitleLines() {
    }

    public static List<String> split(String title, int maxChars) {
        String text = title.strip();
        if (width(text) <= maxChars * 2) {
            return List.of(text);
        }
        boolean[] breakable = breakPoints(text);
        int n = text.length();
        // best[i][k]: least cost of setting text[0, i) in k lines that end at break points
        int maxLines = (int) Math.ceil(width(text) / (maxChars * 2.0)) + 1;
        double[][] best = new double[n + 1][maxLines + 1];
        int[][] from = new int[n + 1][maxLines + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        int lines = (int) Math.ceil(width(text) / (maxChars * 2.0));
        for (; lines <= maxLines; lines++) {
            double ideal = width(text) / (double) lines;
            for (int k = 1; k <= lines; k++) {
                for (int i = 1; i <= n; i++) {
                    if (i < n && !breakable[i]) {
                        continue;
                    }
                    for (int j = 0; j < i; j++) {
                        if (Double.isInfinite(best[j][k - 1]) || (j > 0 && !breakable[j])) {
                            continue;
                        }
                        int w = width(text.substring(j, i));
                        if (w > maxChars * 2) {
                            continue;
                        }
                        double cost = best[j][k - 1] + (w - ideal) * (w - ideal);
                        if (k > 1) {
                            int previous = width(text.substring(from[j][k - 1], j));
                            // a short line above a long one reads badly, except the middle of a diamond
                            if (w > previous && !(lines >= 3 && k == 2)) {
                                cost += (w - previous) * 4.0;
                            }
                        }
                        if (cost < best[i][k]) {
                            best[i][k] = cost;
                            from[i][k] = j;
                        }
                    }
                }
            }
            if (!Double.isInfinite(best[n][lines])) {
                List<String> out = new ArrayList<>();
                int end = n;
                for (int k = lines; k > 0; k--) {
                    int start = from[end][k];
                    out.add(0, text.substring(start, end));
                    end = start;
                }
                return out;
            }
            for (double[] row : best) {
                java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            best[0][0] = 0;
        }
        return List.of(text);
    }

    /** Width in half characters: a Chinese character or full-width mark is 2, a digit or letter 1. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }

    private static boolean[] breakPoints(String text) {
        int n = text.length();
        boolean[] ok = new boolean[n + 1];
        java.util.Arrays.fill(ok, true);
        // inside a lexicon word: greedy longest match from left to right
        int i = 0;
        while (i < n) {
            int len = 1;
            for (String word : WORDS) {
                if (word.length() > len && text.startsWith(word, i)) {
                    len = word.length();
                }
            }
            for (int k = i + 1; k < i + len; k++) {
                ok[k] = false;
            }
            i += len;
        }
        for (int k = 1; k < n; k++) {
            char before = text.charAt(k - 1);
            char after = text.charAt(k);
            if (isWordChar(before) && isWordChar(after)) {
                ok[k] = false; // inside 2020 or GB/T
            }
            if (isWordChar(before) && (after == '年' || after == '月' || after == '日' || after == '%')) {
                ok[k] = false; // 2020年 stays whole
            }
            if ("，。、；：）》”’〕】".indexOf(after) >= 0 || "（《“‘〔【".indexOf(before) >= 0) {
                ok[k] = false;
            }
            if ("的和及与".indexOf(after) >= 0 || "和及与".indexOf(before) >= 0) {
                ok[k] = false; // a connective neither opens nor closes a line
            }
        }
        return ok;
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '.' || c == '/' || c == '-');
    }

    /**
     * How much of its full width the red issuer mark (发文机关标志) may take to stay on one line: 1 when
     * it fits, less for a long name (中共河源市源城区委员会文件). A room of 2% is kept, since the faces
     * that stand in for 小标宋 are not all exactly 1 em wide. The .docx condenses the characters by this
     * ratio; the laid-out pages, which have no character scale, set the mark smaller by it.
     */
    public static double issuerMarkRatio(String mark) {
        double full = width(mark) / 2.0 * org.nianbao.format.GongwenPage.SIZE_ISSUER_MARK * 10; // twips
        return Math.min(1, org.nianbao.format.GongwenPage.TEXT_WIDTH * 0.98 / Math.max(full, 1));
    }
}
