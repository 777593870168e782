package org.nianbao.layout;

/**
 * The classes of characters that line breaking and measuring tell apart: full-width characters,
 * the closing marks that never start a line and the opening marks that never end one (the
 * 行首禁则 and 行尾禁则 lists of Word's Simplified Chinese defaults), and the ASCII characters a word
 * or a number is made of, which never split.
 */
final class CharClass {

    /** 后置标点: never at the start of a line. */
    private static final String NO_LINE_START = "!%),.:;?]}¢°·ˇˉ―‖’”…‰′″℃∶、。〃〉》」』】〕〗〙〛！＂％＇），．：；？］｝～￠";
    /** 前置标点: never at the end of a line. */
    private static final String NO_LINE_END = "$([{£¥‘“〈《「『【〔〖〘〚（［｛￡￥";

    private CharClass() {
    }

    static boolean noLineStart(char c) {
        return NO_LINE_START.indexOf(c) >= 0;
    }

    static boolean noLineEnd(char c) {
        return NO_LINE_END.indexOf(c) >= 0;
    }

    /**
     * Printed one em wide: Chinese characters, full-width forms, and the ambiguous-width quotes,
     * dashes and ellipses, which the export marks as East Asian (w:hint) so Word sets them full width.
     */
    static boolean fullWidth(char c) {
        if (c < 0x2000) {
            return c == '·' ? false : c >= 0x1100 && c <= 0x115F;
        }
        return c >= 0x2E80 || (c >= 0x2010 && c <= 0x2027) || c == '※' || c == '℃' || c == '〇';
    }

    /** Part of an unbreakable ASCII word or number: 2023, 97.24%, GB/T, 1.5. */
    static boolean wordPart(char c) {
        return c > ' ' && c < 0x7F;
    }
}
