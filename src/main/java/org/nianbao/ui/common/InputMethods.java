package org.nianbao.ui.common;

import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Chinese input (Pinyin, Wubi) in a RichTextFX area. RichTextFX handles input-method events only when
 * the platform reports input-method support; an area set up here always takes the committed text, so
 * Chinese typed through an input method is never lost to a platform that reports wrongly.
 */
public final class InputMethods {

    private InputMethods() {
    }

    /** {@code handler}: the area's own handling of the event (protected in RichTextFX, so passed in). */
    public static void accept(GenericStyledArea<?, ?, ?> area, EventHandler<InputMethodEvent> handler) {
        if (area.getOnInputMethodTextChanged() == null) {
            area.setOnInputMethodTextChanged(handler);
        }
        if (area.getInputMethodRequests() == null) {
            area.setInputMethodRequests(new CaretRequests(area));
        }
    }

    /** Where the input method puts its candidate window: at the caret. */
    private record CaretRequests(GenericStyledArea<?, ?, ?> area) implements InputMethodRequests {
        @Override
        public Point2D getTextLocation(int offset) {
            return area.getCaretBounds().map(b -> new Point2D(b.getMaxX(), b.getMaxY()))
                    .orElseGet(() -> new Point2D(0, 0));
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
        }

        @Override
        public String getSelectedText() {
            return area.getSelectedText();
        }
    }
}
