package org.nianbao.ui.common;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * The Chinese UI font. JavaFX CSS takes no fallback list for {@code -fx-font-family}: it uses the
 * first name and, when that font is missing, a default that may have no Chinese glyphs (boxes). So
 * the first family of our list that is installed is chosen here, once, and set on the window.
 */
public final class CjkFont {

    /** Windows, macOS, then the CJK families of Debian-based UOS and Kylin. */
    public static final List<String> FAMILIES = List.of("Microsoft YaHei", "微软雅黑", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Droid Sans Fallback", "SimSun");

    private static volatile String chosen;
    private static volatile Set<String> installed;

    private CjkFont() {
    }

    /** The first installed family of {@link #FAMILIES}, or the platform's default when none is. */
    public static String family() {
        String found = chosen;
        if (found == null) {
            found = FAMILIES.stream().filter(installed()::contains).findFirst().orElse(Font.getDefault().getFamily());
            chosen = found;
        }
        return found;
    }

    /** The installed font families, asked of the platform once (it lists every font file: slow at start-up). */
    public static Set<String> installed() {
        Set<String> known = installed;
        if (known == null) {
            Set<String> families = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            families.addAll(Font.getFamilies());
            known = java.util.Collections.unmodifiableSet(families);
            installed = known;
        }
        return known;
    }

    /**
     * Dresses a dialog like the main window: dialogs and popups are scenes of their own and get
     * neither its style sheet nor its font.
     */
    public static void dress(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().add(CjkFont.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
        pane.setStyle(style());
    }

    /** A tooltip in the Chinese font (a tooltip is a window of its own). */
    public static javafx.scene.control.Tooltip tooltip(String text) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text);
        tip.setStyle(style());
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    /** An inline style that sets the family on a node and everything under it. */
    public static String style() {
        return "-fx-font-family: \"" + family() + "\";";
    }
}
