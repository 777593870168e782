package org.nianbao.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.HeaderBlock;

/**
 * The header block (版头) a report sent upward as an official document opens with, above the
 * title: the issuer mark ("示例区人民政府文件"), the document number ("示区〔2024〕3号") and the
 * signer ("签发人：张三"), the last two often on one line.
 *
 * @param header    what the lines say
 * @param lineCount how many lines at the start they take
 */
record HeaderLines(HeaderBlock header, int lineCount) {

    private static final int MAX_LINES = 3;
    private static final Pattern ISSUER_MARK = Pattern.compile("^[^，。；：,;:\\s]{2,30}文件$");
    /** 〔〕 is right; [] and ［］ are what officers type when they cannot find it. */
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[^\\s〔\\[［]{1,12}[〔\\[［][0-9]{4}[〕\\]］][0-9]{1,4}号");
    private static final Pattern SIGNER = Pattern.compile("签发人[：:]\\s*([^\\s].{0,19})$");

    static HeaderLines none() {
        return new HeaderLines(null, 0);
    }

    /** The header lines at the start of {@code lines}; none unless at least one line is recognized. */
    static HeaderLines find(List<SourceLine> lines) {
        String mark = "";
        String number = "";
        String signer = "";
        int at = 0;
        while (at < Math.min(MAX_LINES, lines.size())) {
            String text = lines.get(at).text();
            Matcher n = DOCUMENT_NUMBER.matcher(text);
            Matcher s = SIGNER.matcher(text);
            boolean hasNumber = n.find();
            boolean hasSigner = s.find();
            if (mark.isEmpty() && at == 0 && ISSUER_MARK.matcher(text).matches()) {
                mark = text;
            } else if (hasNumber || hasSigner) {
                number = hasNumber ? n.group() : number;
                signer = hasSigner ? s.group(1).strip() : signer;
            } else {
                break;
            }
            at++;
        }
        return at == 0 ? none() : new HeaderLines(new HeaderBlock(mark, number, signer, false), at);
    }
}
