package org.nianbao.model;

/**
 * 版头: the header block of a report sent upward as an official document.
 *
 * @param issuerMark      发文机关标志, e.g. "XX区人民政府文件"
 * @param documentNumber  发文字号 as "X〔2021〕3号"
 * @param signer          签发人, for a document sent upward
 * @param letterheadPaper the office prints on pre-printed letterhead: leave the area blank
 */
public record HeaderBlock(String issuerMark, String documentNumber, String signer, boolean letterheadPaper) {
    public static HeaderBlock none() {
        return new HeaderBlock("", "", "", false);
    }
}
