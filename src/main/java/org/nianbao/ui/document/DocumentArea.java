package org.nianbao.ui.document;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.nianbao.ui.common.InputMethods;

/**
 * The whole report in one virtualized text area (RichTextFX draws only the paragraphs in view), one
 * area paragraph a report paragraph, each styled by its {@link Block}. Every edit the officer makes
 * passes through {@link #replace}: there an edit that would join a heading with its body, cross into
 * another section or touch what is edited elsewhere (the problem list, attachments, issuers, date) is
 * refused. Every change of the text, undo and redo included, then gives its new paragraphs their place
 * (an Enter in a heading starts the section's body) and is reported to be stored. The undo history
 * holds the text only.
 */
public final class DocumentArea extends StyledTextArea<Block, Collection<String>> {

    private boolean loading;
    /** After an {@link #update}: the first paragraph, numbered as before it, of the unchanged end. */
    private int unchangedFrom;
    /** The paragraph an edit being made started in, as it was before the edit. */
    private Block editedBlock;
    /** True during a replace-all: one change over many paragraphs, each keeping its block. */
    private boolean replacingAll;
    private BiConsumer<Integer, Integer> edited = (first, last) -> { };
    private Consumer<Block> refused = block -> { };
    private final DocumentHistory history;

    public DocumentArea() {
        super(Block.NONE, DocumentArea::applyBlock, List.of(), InlineDrawing::applyStyle);
        setUseInitialStyleForInsertion(true); // typed next to a highlighted figure, text is plain
        history = new DocumentHistory(this, () -> loading);
        setUndoManager(history);
        InputMethods.accept(this, this::handleInputMethodEvent);
        getStyleClass().add("document");
        plainTextChanges().subscribe(this::placeAndReport);
    }

    private static void applyBlock(javafx.scene.text.TextFlow flow, Block block) {
        flow.getStyleClass().removeIf(c -> c.startsWith("doc-"));
        flow.getStyleClass().add(block.styleClass());
        InlineDrawing.draw(flow, block); // the first-line indent and inserted words, drawn beside the text
    }

    /** A click on what is drawn beside a character lands by that character (see {@link InlineDrawing#refine}). */
    @Override
    public org.fxmisc.richtext.CharacterHit hit(double x, double y) {
        return InlineDrawing.refine(this, super.hit(x, y), localToScreen(x, y));
    }

    /** Called after an accepted edit with the first and last paragraph it left changed. */
    void onEdited(BiConsumer<Integer, Integer> listener) {
        this.edited = listener;
    }

    /** Called when an edit is refused, with the block it would have touched. */
    void onRefused(Consumer<Block> listener) {
        this.refused = listener;
    }

    /** Shows a document afresh: the undo history starts again (the offsets it holds are gone). */
    void load(List<DocParagraph> paragraphs) {
        ReadOnlyStyledDocumentBuilder<Block, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), Block.NONE);
        for (DocParagraph p : paragraphs) {
            builder.addParagraph(p.text(), List.<String>of(), p.block());
        }
        loading = true;
        try {
            super.replace(0, getLength(), builder.build());
            getUndoManager().forgetHistory();
        } finally {
            loading = false;
        }
    }

    /**
     * Shows the report as changed elsewhere (the tables, the settings, an accepted review, the outline)
     * in place: only the paragraphs whose text differs are replaced, so the others keep their marks,
     * the caret and selection stay on their text, and the undo history is carried past the change
     * ({@link DocumentHistory}). A paragraph whose text stayed but whose place changed (a heading's
     * new number) only takes its new block. Returns how many paragraphs were added (negative: removed);
     * {@link #unchangedFrom()} tells from which paragraph (as numbered before) the text stayed.
     */
    int update(List<DocParagraph> paragraphs) {
        int old = getParagraphs().size();
        int now = paragraphs.size();
        int same = 0;
        while (same < old && same < now && getParagraph(same).getText().equals(paragraphs.get(same).text())) {
            same++;
        }
        int tail = 0;
        while (tail < old - same && tail < now - same
                && getParagraph(old - 1 - tail).getText().equals(paragraphs.get(now - 1 - tail).text())) {
            tail++;
        }
        unchangedFrom = old - tail;
        loading = true;
        try {
            if (same < old - tail || same < now - tail) {
                replaceParagraphs(same, old - tail, paragraphs.subList(same, now - tail));
            }
            if (getParagraphs().size() != now) {
                load(paragraphs); // cannot happen: the texts were matched paragraph by paragraph
                return 0;
            }
            for (int p = 0; p < now; p++) {
                if (!block(p).equals(paragraphs.get(p).block())) {
                    setParagraphStyle(p, paragraphs.get(p).block());
                }
            }
        } finally {
            loading = false;
        }
        return now - old;
    }

    /** Replaces the area's paragraphs {@code from} … {@code to}-1 (none: an insertion) with others (none: a removal). */
    private void replaceParagraphs(int from, int to, List<DocParagraph> with) {
        ReadOnlyStyledDocumentBuilder<Block, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), Block.NONE);
        int start;
        int end;
        if (from < to && !with.isEmpty()) {
            start = getAbsolutePosition(from, 0);
            end = getAbsolutePosition(to - 1, getParagraph(to - 1).length());
        } else if (from > 0) {
            // After the paragraph before: a line break and the new ones, or away from its end to the last old one's.
            start = getAbsolutePosition(from - 1, getParagraph(from - 1).length());
            end = from < to ? getAbsolutePosition(to - 1, getParagraph(to - 1).length()) : start;
            builder.addParagraph("", List.<String>of(), block(from - 1));
        } else {
            // At the very start: the new ones and a line break, or away up to the first paragraph that stays.
            start = 0;
            end = from < to ? getAbsolutePosition(to, 0) : 0;
        }
        for (DocParagraph p : with) {
            builder.addParagraph(p.text(), List.<String>of(), p.block());
        }
        if ((from == 0 && from == to) || (from == 0 && with.isEmpty())) {
            builder.addParagraph("", List.<String>of(), Block.NONE); // the line break after, or nothing
        }
        // The document itself, not the area's replace: that would move the caret to the change's end,
        // where the caret and selection follow a change of the document's text (RichTextFX).
        getContent().replace(start, end, builder.build());
    }

    /** The first paragraph, numbered as before the last {@link #update}, that it left as it was to the end. */
    int unchangedFrom() {
        return unchangedFrom;
    }

    public Block block(int paragraph) {
        return getParagraph(paragraph).getParagraphStyle();
    }

    /** The text's undo history, its steps stamped with when they were made (to undo with the outline's in order). */
    public org.nianbao.ui.session.OrderedHistory history() {
        return history;
    }

    /** The paragraph an offset is in. */
    public int paragraphAt(int offset) {
        return offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor();
    }

    @Override
    public void replace(int start, int end, StyledDocument<Block, String, Collection<String>> replacement) {
        if (loading || replacingAll) {
            super.replace(start, end, replacement);
            return;
        }
        int first = paragraphAt(start);
        int last = paragraphAt(end);
        boolean undoing = getUndoManager().isPerformingAction();
        if (!undoing) {
            for (int p = first; p <= last; p++) {
                if (!block(p).kind().editable() || (p < last && !block(p).joinsWith(block(p + 1)))) {
                    refused.accept(block(p));
                    return;
                }
            }
            boolean breaks = replacement.getText().contains("\n");
            boolean atHeadingStart = block(first).kind() == Block.Kind.HEADING
                    && getParagraph(first).length() > 0 && start == getAbsolutePosition(first, 0);
            // One title line; a break before a heading's text would leave the section without a heading.
            if (breaks && (block(first).kind() == Block.Kind.TITLE || atHeadingStart)) {
                refused.accept(block(first));
                return;
            }
        }
        editedBlock = block(first);
        try {
            super.replace(start, end, replacement);
        } finally {
            editedBlock = null;
        }
    }

    /**
     * Replaces every occurrence of a text in the paragraphs that are edited here (headings included) as
     * one multi-change, so one undo takes it all back; each change stays inside its paragraph, so every
     * paragraph keeps its block through undo and redo. Returns how many were replaced.
     */
    public int replaceAll(String query, String replacement) {
        if (query.isEmpty() || query.contains("\n") || replacement.contains("\n")) {
            return 0;
        }
        java.util.Deque<PlainTextChange> matches = new java.util.ArrayDeque<>();
        int first = -1;
        int last = -1;
        for (int p = 0; p < getParagraphs().size(); p++) {
            if (!block(p).kind().editable()) {
                continue;
            }
            String text = getParagraph(p).getText();
            int start = getAbsolutePosition(p, 0);
            for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
                matches.push(new PlainTextChange(start + at, query, replacement));
                first = first < 0 ? p : first;
                last = p;
            }
        }
        int count = matches.size();
        if (count > 0) {
            replacingAll = true;
            try {
                // from the last match back: each position still holds when the earlier ones are applied
                replaceEach(List.copyOf(matches));
            } finally {
                replacingAll = false;
            }
            edited.accept(first, last);
        }
        return count;
    }

    /**
     * Where a text stands in paragraphs that are not edited here (the problem list, the attachments,
     * the signature and date): how many times, by the part holding it, in reading order. A replace-all
     * leaves them, and says so.
     */
    public java.util.Map<Block.Kind, Integer> elsewhere(String query) {
        java.util.Map<Block.Kind, Integer> out = new java.util.EnumMap<>(Block.Kind.class);
        if (query.isEmpty()) {
            return out;
        }
        for (int p = 0; p < getParagraphs().size(); p++) {
            if (!block(p).kind().editable()) {
                int n = TextSearch.count(getParagraph(p).getText(), query);
                if (n > 0) {
                    out.merge(block(p).kind(), n, Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * Applies changes as one (one undo step), each in the text the one before it left. A change inside
     * one paragraph carries that paragraph's block: RichTextFX's replaceText takes the block for an
     * offset that starts a paragraph from the paragraph before, so words replaced at the start of the
     * title, a heading or a paragraph gave it the block of the one above, and the title's text was
     * saved as none. After a change that adds or removes a line break the paragraphs are no longer
     * followed, and the rest take RichTextFX's block, as before.
     */
    void replaceEach(List<PlainTextChange> changes) {
        int[] starts = new int[getParagraphs().size()];
        for (int p = 0, at = 0; p < starts.length; p++) {
            starts[p] = at;
            at += getParagraph(p).length() + 1;
        }
        boolean followed = true;
        var multi = createMultiChange(changes.size());
        for (PlainTextChange c : changes) {
            followed &= c.getInserted().indexOf('\n') < 0 && c.getRemoved().indexOf('\n') < 0;
            if (!followed) {
                multi.replaceTextAbsolutely(c.getPosition(), c.getRemovalEnd(), c.getInserted());
                continue;
            }
            int found = java.util.Arrays.binarySearch(starts, c.getPosition());
            int p = found >= 0 ? found : -found - 2;
            multi.replaceAbsolutely(c.getPosition(), c.getRemovalEnd(),
                    ReadOnlyStyledDocument.fromString(c.getInserted(), block(p), List.<String>of(), getSegOps()));
            for (int q = p + 1; q < starts.length; q++) {
                starts[q] += c.getNetLength();
            }
        }
        multi.commit();
    }

    /**
     * Brings the selection into view with lines around it, as Word shows a found word: following the
     * caret alone leaves a match on the view's last line, and centring its paragraph does not help when
     * the paragraph is longer than the view. Once laid out, a caret in the outer quarter of the view
     * is scrolled to its middle.
     */
    public void showSelectionWithContext() {
        requestFollowCaret();
        centreCaretAfterLayout(3);
    }

    /** After the next layout (the caret followed), the centring; a caret not drawn yet waits a pulse more. */
    private void centreCaretAfterLayout(int tries) {
        javafx.scene.Scene scene = getScene();
        if (scene == null || tries == 0) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            java.util.Optional<javafx.geometry.Bounds> caret = getCaretBounds();
            javafx.geometry.Bounds view = localToScreen(getBoundsInLocal());
            if (caret.isEmpty() || view == null) {
                javafx.application.Platform.runLater(() -> centreCaretAfterLayout(tries - 1));
                return;
            }
            double y = (caret.get().getMinY() + caret.get().getMaxY()) / 2;
            double quarter = view.getHeight() / 4;
            if (y < view.getMinY() + quarter || y > view.getMaxY() - quarter) {
                scrollYBy(y - (view.getMinY() + view.getHeight() / 2));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /**
     * After any change of the text: new paragraphs belong where the change was; a heading split by
     * Enter or a paste: what follows it is the section's body (Word's Enter at a heading's end).
     */
    private void placeAndReport(PlainTextChange change) {
        if (loading || replacingAll) {
            return; // a replace-all reports its paragraphs once, when it is done
        }
        int first = paragraphAt(change.getPosition());
        int last = first + (int) change.getInserted().chars().filter(c -> c == '\n').count();
        if (editedBlock != null) {
            // Typed or pasted: whatever blocks a pasted text carried, it lands where the caret was.
            Block following = editedBlock.kind() == Block.Kind.HEADING ? Block.body(editedBlock.section()) : editedBlock;
            for (int p = first; p <= last; p++) {
                Block wanted = p == first ? editedBlock : following;
                if (!block(p).equals(wanted)) {
                    setParagraphStyle(p, wanted);
                }
            }
        } else {
            // Undo, redo: a paragraph the change made anew takes its place after the one before it.
            for (int p = Math.max(1, first); p <= last; p++) {
                if (block(p).equals(Block.NONE)) {
                    Block before = block(p - 1);
                    setParagraphStyle(p, before.kind() == Block.Kind.HEADING ? Block.body(before.section()) : before);
                }
            }
        }
        edited.accept(first, last);
    }
}
