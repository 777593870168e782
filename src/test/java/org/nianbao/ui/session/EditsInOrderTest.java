package org.nianbao.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.Test;

/** The text's and the outline's histories undone as one, in the order their steps were made. */
class EditsInOrderTest {

    private final List<String> log = new ArrayList<>();
    private final Steps text = new Steps("text");
    private final Steps outline = new Steps("outline");
    private final EditsInOrder both = new EditsInOrder(text, outline);

    @Test
    void undoTakesTheLatestStepOfEitherAndRedoBringsThemBackInTheOrderMade() {
        text.make("typed");
        outline.make("moved");
        text.make("pasted");

        while (both.undo()) {
            // all the way back
        }
        assertThat(log).containsExactly("undo text pasted", "undo outline moved", "undo text typed");
        assertThat(both.canUndoProperty().get()).isFalse();
        assertThat(both.canRedoProperty().get()).isTrue();

        log.clear();
        while (both.redo()) {
            // all the way forward
        }
        assertThat(log).containsExactly("redo text typed", "redo outline moved", "redo text pasted");
    }

    @Test
    void aStepUndoneIsNotRedoneAfterANewStepInTheOther() {
        text.make("typed");
        assertThat(both.undo()).isTrue();
        outline.make("moved");

        assertThat(both.redo()).as("Word forgets what was undone once something new is done").isFalse();
        assertThat(both.undo()).isTrue();
        assertThat(log).containsExactly("undo text typed", "undo outline moved");
    }

    /** A history of named steps, stamped as the real ones are. */
    private final class Steps implements OrderedHistory {
        private final String name;
        private final Deque<Object[]> done = new ArrayDeque<>();
        private final Deque<Object[]> undone = new ArrayDeque<>();
        private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
        private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

        Steps(String name) {
            this.name = name;
        }

        void make(String step) {
            done.push(new Object[] {step, EditClock.tick()});
            undone.clear();
            flags();
        }

        @Override
        public boolean undo() {
            return move(done, undone, "undo ");
        }

        @Override
        public boolean redo() {
            return move(undone, done, "redo ");
        }

        private boolean move(Deque<Object[]> from, Deque<Object[]> to, String what) {
            if (from.isEmpty()) {
                return false;
            }
            Object[] step = from.pop();
            to.push(step);
            log.add(what + name + " " + step[0]);
            flags();
            return true;
        }

        private void flags() {
            canUndo.set(!done.isEmpty());
            canRedo.set(!undone.isEmpty());
        }

        @Override
        public long lastDone() {
            return done.isEmpty() ? Long.MIN_VALUE : (long) done.peek()[1];
        }

        @Override
        public long firstUndone() {
            return undone.isEmpty() ? Long.MAX_VALUE : (long) undone.peek()[1];
        }

        @Override
        public ReadOnlyBooleanProperty canUndoProperty() {
            return canUndo.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty canRedoProperty() {
            return canRedo.getReadOnlyProperty();
        }
    }
}
