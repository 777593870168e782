package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.undo.UndoManager;
import org.nianbao.ui.session.EditClock;
import org.nianbao.ui.session.OrderedHistory;
import org.reactfx.Subscription;
import org.reactfx.value.Val;
import org.reactfx.value.Var;

/**
 * The document's undo history: the officer's text changes only (never styles), one entry a user
 * action (a burst of typing, a paste, a replace-all), across sections in the order they were made.
 * A change shown from elsewhere (the tables, the settings, an accepted review) is not undone here,
 * but the entries are carried past it, as if it had come before them all, so Ctrl+Z after it still
 * takes back the right characters; when it overlaps one of them the history is forgotten, since
 * that entry could no longer be undone as it was made. RichTextFX's own undo manager cannot be told
 * of such a change: its entries would then point at the wrong text.
 */
final class DocumentHistory implements UndoManager<List<PlainTextChange>>, OrderedHistory {

    /** Typing within this pause of the last change is one step with it. */
    private static final long MERGE_WINDOW_NANOS = 500_000_000L;

    private final DocumentArea area;
    private final BooleanSupplier fromElsewhere;
    /** Entries 0 … applied-1 are in the text (undo goes back through them); the rest can be redone. */
    private final List<Entry> entries = new ArrayList<>();
    private int applied;
    private boolean canMerge;
    private long lastChange;
    private int marked = -1;
    private final BooleanProperty performing = new SimpleBooleanProperty();
    private final BooleanProperty atMark = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final Var<List<PlainTextChange>> nextUndo = Var.newSimpleVar(null);
    private final Var<List<PlainTextChange>> nextRedo = Var.newSimpleVar(null);
    private final Subscription subscription;

    /** @param fromElsewhere true while the area shows a change made elsewhere, which is carried, not kept */
    DocumentHistory(DocumentArea area, BooleanSupplier fromElsewhere) {
        this.area = area;
        this.fromElsewhere = fromElsewhere;
        this.subscription = area.multiPlainChanges().subscribe(this::observed);
    }

    private void observed(List<PlainTextChange> changes) {
        if (performing.get()) {
            return;
        }
        if (fromElsewhere.getAsBoolean()) {
            for (PlainTextChange change : changes) {
                carryPast(change);
            }
        } else {
            record(changes);
        }
        changed();
    }

    private void record(List<PlainTextChange> changes) {
        long now = System.nanoTime();
        entries.subList(applied, entries.size()).clear();
        if (canMerge && applied > 0 && changes.size() == 1 && entries.get(applied - 1).changes().size() == 1
                && now - lastChange < MERGE_WINDOW_NANOS) {
            Optional<PlainTextChange> merged = entries.get(applied - 1).changes().get(0).mergeWith(changes.get(0));
            if (merged.isPresent()) {
                lastChange = now;
                if (merged.get().isIdentity()) {
                    entries.remove(--applied); // typed and deleted again: nothing to undo
                    canMerge = false;
                } else {
                    entries.set(applied - 1, entries.get(applied - 1).with(List.of(merged.get())));
                }
                return;
            }
        }
        entries.add(new Entry(List.copyOf(changes), EditClock.tick()));
        applied++;
        canMerge = true;
        lastChange = now;
    }

    /**
     * Moves the entries past a change made elsewhere. Going back from the newest entry, the change is
     * followed into the text as it was before each entry; an entry after it moves by its length. The
     * entries that can be redone are followed forward the same way.
     */
    private void carryPast(PlainTextChange elsewhere) {
        int delta = elsewhere.getNetLength();
        int removed = elsewhere.getRemovalEnd() - elsewhere.getPosition();
        int at = elsewhere.getPosition();
        for (int i = applied - 1; i >= 0; i--) {
            List<PlainTextChange> entry = new ArrayList<>(entries.get(i).changes());
            for (int k = entry.size() - 1; k >= 0; k--) {
                PlainTextChange c = entry.get(k);
                if (at >= c.getInsertionEnd()) {
                    at -= c.getNetLength();
                } else if (at + removed <= c.getPosition()) {
                    entry.set(k, moved(c, delta));
                } else {
                    forgetHistory();
                    return;
                }
            }
            entries.set(i, entries.get(i).with(List.copyOf(entry)));
        }
        at = elsewhere.getPosition();
        for (int i = applied; i < entries.size(); i++) {
            List<PlainTextChange> entry = new ArrayList<>(entries.get(i).changes());
            for (int k = 0; k < entry.size(); k++) {
                PlainTextChange c = entry.get(k);
                if (at >= c.getRemovalEnd()) {
                    at += c.getNetLength();
                } else if (at + removed <= c.getPosition()) {
                    entry.set(k, moved(c, delta));
                } else {
                    entries.subList(i, entries.size()).clear(); // cannot be redone as it was
                    return;
                }
            }
            entries.set(i, entries.get(i).with(List.copyOf(entry)));
        }
        canMerge = false;
    }

    private static PlainTextChange moved(PlainTextChange c, int delta) {
        return new PlainTextChange(c.getPosition() + delta, c.getRemoved(), c.getInserted());
    }

    @Override
    public boolean undo() {
        if (applied == 0) {
            return false;
        }
        List<PlainTextChange> entry = entries.get(--applied).changes();
        List<PlainTextChange> inverse = new ArrayList<>();
        for (int k = entry.size() - 1; k >= 0; k--) {
            inverse.add(entry.get(k).invert());
        }
        perform(inverse);
        return true;
    }

    @Override
    public boolean redo() {
        if (applied == entries.size()) {
            return false;
        }
        perform(entries.get(applied++).changes());
        return true;
    }

    /** Applies changes one after another, each in the text the one before it left, as one change. */
    private void perform(List<PlainTextChange> changes) {
        canMerge = false;
        performing.set(true);
        try {
            if (changes.size() == 1) {
                PlainTextChange c = changes.get(0);
                area.replaceText(c.getPosition(), c.getRemovalEnd(), c.getInserted());
            } else {
                area.replaceEach(changes); // each paragraph keeps its block
            }
        } finally {
            performing.set(false);
        }
        changed();
    }

    private void changed() {
        nextUndo.setValue(applied > 0 ? entries.get(applied - 1).changes() : null);
        nextRedo.setValue(applied < entries.size() ? entries.get(applied).changes() : null);
        atMark.set(marked == applied);
        canUndo.set(applied > 0);
        canRedo.set(applied < entries.size());
    }

    @Override
    public long lastDone() {
        return applied > 0 ? entries.get(applied - 1).made() : Long.MIN_VALUE;
    }

    @Override
    public long firstUndone() {
        return applied < entries.size() ? entries.get(applied).made() : Long.MAX_VALUE;
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    @Override
    public Val<Boolean> undoAvailableProperty() {
        return nextUndo.map(c -> true).orElseConst(false);
    }

    @Override
    public boolean isUndoAvailable() {
        return applied > 0;
    }

    @Override
    public Val<List<PlainTextChange>> nextUndoProperty() {
        return nextUndo;
    }

    @Override
    public Val<List<PlainTextChange>> nextRedoProperty() {
        return nextRedo;
    }

    @Override
    public Val<Boolean> redoAvailableProperty() {
        return nextRedo.map(c -> true).orElseConst(false);
    }

    @Override
    public boolean isRedoAvailable() {
        return applied < entries.size();
    }

    @Override
    public ObservableBooleanValue performingActionProperty() {
        return performing;
    }

    @Override
    public boolean isPerformingAction() {
        return performing.get();
    }

    @Override
    public void preventMerge() {
        canMerge = false;
    }

    @Override
    public void forgetHistory() {
        entries.clear();
        applied = 0;
        marked = -1;
        canMerge = false;
        changed();
    }

    @Override
    public UndoPosition getCurrentPosition() {
        int position = applied;
        return new UndoPosition() {
            @Override
            public void mark() {
                marked = position;
                changed();
            }

            @Override
            public boolean isValid() {
                return position <= entries.size();
            }
        };
    }

    @Override
    public ObservableBooleanValue atMarkedPositionProperty() {
        return atMark;
    }

    @Override
    public boolean isAtMarkedPosition() {
        return atMark.get();
    }

    @Override
    public void close() {
        subscription.unsubscribe();
    }

    /**
     * One step: its changes, each in the text the one before it left, and when it was first made
     * ({@link EditClock}), for undoing the text and the outline in order. Carried or merged, it keeps that.
     */
    private record Entry(List<PlainTextChange> changes, long made) {
        Entry with(List<PlainTextChange> moved) {
            return new Entry(moved, made);
        }
    }
}
