package org.nianbao.ui.document;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.nianbao.ui.common.CjkFont;

/**
 * The document's faces as the official format names them (FORMAT.md): 仿宋 body, 黑体 level-1 and 楷体
 * level-2 headings, 小标宋 title, each the first installed of its kind, else a CJK serif or the window's
 * face. JavaFX CSS uses only the first family named, so the choice is made here and handed to the
 * area as a small style sheet of its own.
 */
final class DocumentFonts {

    static final List<String> FANGSONG = List.of("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong",
            "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN");
    static final List<String> HEITI = List.of("黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei");
    static final List<String> KAITI = List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti",
            "AR PL UKai CN", "Noto Serif CJK SC", "Source Han Serif SC");
    static final List<String> XIAOBIAOSONG = List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong",
            "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体");

    private DocumentFonts() {
    }

    /** The style sheet that gives each kind of paragraph its face, as {@link #faceOf} chooses it (a data: URL). */
    static String styleSheet() {
        StringBuilder css = new StringBuilder();
        for (Block.Kind kind : Block.Kind.values()) {
            if (kind != Block.Kind.HEADING) {
                Block block = Block.of(kind);
                css.append(rule("." + block.styleClass() + " .text", faceOf(block)));
            }
        }
        for (int level = 1; level <= 4; level++) {
            Block heading = Block.heading(0, level, "");
            String face = faceOf(heading);
            css.append(rule("." + heading.styleClass() + " .text, .doc-number." + heading.styleClass(), face));
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The installed face for a kind of paragraph: 小标宋 title, 黑体 and 楷体 headings and attachment titles, 仿宋 the rest. */
    static String faceOf(Block block) {
        Set<String> installed = CjkFont.installed();
        return switch (block.kind()) {
            case TITLE -> first(XIAOBIAOSONG, installed);
            case HEADING -> first(block.level() == 1 ? HEITI : block.level() == 2 ? KAITI : FANGSONG, installed);
            case ATTACHMENT_TITLE -> first(HEITI, installed);
            default -> first(FANGSONG, installed);
        };
    }

    static String first(List<String> wanted, Set<String> installed) {
        return wanted.stream().filter(installed::contains).findFirst().orElse(CjkFont.family());
    }

    private static String rule(String selector, String family) {
        return selector + " { -fx-font-family: \"" + family + "\"; }\n";
    }
}
