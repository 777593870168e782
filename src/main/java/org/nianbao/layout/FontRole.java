package org.nianbao.layout;

import java.util.List;
import org.nianbao.format.GongwenPage;

/**
 * The faces of the official format, by what they are for. Each names the font government templates
 * use (as Word knows it), the other names the same face goes by on Windows and Linux, and the kind of
 * face to substitute when none of them is installed.
 */
public enum FontRole {
    /** 方正小标宋简体: the title and the issuer mark. */
    TITLE(GongwenPage.FONT_TITLE, List.of("FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"), Kind.SERIF),
    /** 仿宋_GB2312: body text, level-3 and level-4 headings. */
    BODY(GongwenPage.FONT_BODY, List.of("仿宋", "FangSong_GB2312", "FangSong", "STFangsong", "华文仿宋"), Kind.SERIF),
    /** 黑体: level-1 headings, the attachment label. */
    HEADING_1(GongwenPage.FONT_HEADING_1, List.of("SimHei", "STHeiti", "华文黑体"), Kind.SANS),
    /** 楷体_GB2312: level-2 headings, the signer's name. */
    HEADING_2(GongwenPage.FONT_HEADING_2, List.of("楷体", "KaiTi_GB2312", "KaiTi", "STKaiti", "华文楷体"), Kind.KAI),
    /** Times New Roman: digits and Latin letters in body text. */
    LATIN(GongwenPage.FONT_LATIN, List.of("Liberation Serif", "Tinos"), Kind.LATIN),
    /** 宋体: page numbers. */
    PAGE_NUMBER(GongwenPage.FONT_PAGE_NUMBER, List.of("SimSun", "NSimSun", "STSong", "华文宋体"), Kind.SERIF);

    /** What a substitute should look like. */
    public enum Kind { SERIF, SANS, KAI, LATIN }

    private final String wordName;
    private final List<String> aliases;
    private final Kind kind;

    FontRole(String wordName, List<String> aliases, Kind kind) {
        this.wordName = wordName;
        this.aliases = aliases;
        this.kind = kind;
    }

    /** The font name the Word export writes. */
    public String wordName() {
        return wordName;
    }

    /** The Word name first, then the other names of the same face. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(wordName), aliases.stream()).toList();
    }

    public Kind kind() {
        return kind;
    }

    /** Chinese faces print every character; the Latin face only the ASCII ones of body text. */
    public boolean chinese() {
        return kind != Kind.LATIN;
    }
}
