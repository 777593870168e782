package org.nianbao.ui.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** The words a highlighted span shows when the mouse rests on it (a figure's check message). */
public final class HoverHint {

    private final Popup popup = new Popup();
    private final Label text = new Label();

    /** {@code hintAt}: the hint for a character offset of the area, if that character has one. */
    public HoverHint(GenericStyledArea<?, ?, ?> area, IntFunction<Optional<String>> hintAt) {
        popup.getScene().getStylesheets().add(HoverHint.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
        text.getStyleClass().add("hover-hint");
        text.setStyle(CjkFont.style());
        text.setWrapText(true);
        text.setMaxWidth(480);
        popup.getContent().add(text);
        area.setMouseOverTextDelay(Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> hintAt.apply(e.getCharacterIndex())
                .ifPresent(hint -> {
                    text.setText(hint);
                    popup.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    /** The hint shown now, or null when none is. */
    public String shown() {
        return popup.isShowing() ? text.getText() : null;
    }
}
