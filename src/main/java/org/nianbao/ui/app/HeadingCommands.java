package org.nianbao.ui.app;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.DocumentView;
import org.nianbao.ui.outline.OutlineModel;
import org.nianbao.ui.outline.OutlinePane;
import org.nianbao.ui.session.ReportSession;

/**
 * The structure commands of the document, acting on the section under the caret (the outline follows
 * the caret): Word's outline keys (Alt+Shift+↑↓ move, ←→ promote and demote), and a new heading after
 * the caret's section at its level (Ctrl+Alt+Enter) or as its last sub-heading (Ctrl+Alt+Shift+Enter),
 * also in the text's right-click menu. Word has no key of its own for a new heading (Enter at a
 * heading's end starts its body, as here); these keep Ctrl+Alt, which Word's heading keys use. The new
 * heading's words are selected, so what is typed next names it.
 */
final class HeadingCommands {

    static final KeyCombination NEW_HEADING = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination NEW_SUBHEADING = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);

    private final DocumentView document;
    private final OutlinePane outline;
    private final OutlineModel model;
    private final Messages m;

    private HeadingCommands(DocumentView document, OutlinePane outline, OutlineModel model, Messages m) {
        this.document = document;
        this.outline = outline;
        this.model = model;
        this.m = m;
    }

    /** Gives the document its structure keys and menu entries (none for a database that cannot be written). */
    static void install(DocumentView document, OutlinePane outline, OutlineModel model, ReportSession session) {
        if (session.isReadOnly()) {
            return;
        }
        HeadingCommands commands = new HeadingCommands(document, outline, model, session.messages());
        document.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (outline.structureKey(e)) {
                e.consume();
            } else if (NEW_SUBHEADING.match(e)) {
                commands.addHeading(true);
                e.consume();
            } else if (NEW_HEADING.match(e)) {
                commands.addHeading(false);
                e.consume();
            }
        });
        document.area().getContextMenu().getItems().addAll(new SeparatorMenuItem(),
                commands.item("document.newHeading", "document-new-heading", false),
                commands.item("document.newSubHeading", "document-new-subheading", true));
    }

    private MenuItem item(String key, String id, boolean child) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(id);
        item.setOnAction(e -> addHeading(child));
        return item;
    }

    /** A new heading after the caret's section, or below it; the caret goes there, its words selected. */
    void addHeading(boolean child) {
        outline.selected().ifPresent(address -> {
            String heading = m.get("outline.newHeading");
            if (child ? model.addChild(address, heading) : model.addAfter(address, heading)) {
                var item = outline.tree().getSelectionModel().getSelectedItem();
                if (item != null && item.getValue().section().id() != null) {
                    document.selectHeading(item.getValue().section().id());
                }
            }
        });
    }
}
