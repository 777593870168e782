package org.nianbao.ui.document;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
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
    /** The paragraph an edit being made started in, as it was before the edit. */
    private Block editedBlock;
    /** True during a replace-all: one change over many paragraphs, each keeping its block. */
    private boolean replacingAll;
    private BiConsumer<Integer, Integer> edited = (first, last) -> { };
    private Consumer<Block> refused = block -> { };

    public DocumentArea() {
        super(Block.NONE, DocumentArea::applyBlock, List.of(),
                (text, classes) -> text.getStyleClass().addAll(classes));
        setUseInitialStyleForInsertion(true); // typed next to a highlighted figure, text is plain
        setUndoManager(UndoUtils.plainTextUndoManager(this));
        InputMethods.accept(this, this::handleInputMethodEvent);
        getStyleClass().add("document");
        plainTextChanges().subscribe(this::placeAndReport);
    }

    private static void applyBlock(javafx.scene.text.TextFlow flow, Block block) {
        flow.getStyleClass().removeIf(c -> c.startsWith("doc-"));
        flow.getStyleClass().add(block.styleClass());
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

    public Block block(int paragraph) {
        return getParagraph(paragraph).getParagraphStyle();
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
        java.util.Deque<Integer> starts = new java.util.ArrayDeque<>();
        int first = -1;
        int last = -1;
        int count = 0;
        for (int p = 0; p < getParagraphs().size(); p++) {
            if (!block(p).kind().editable()) {
                continue;
            }
            String text = getParagraph(p).getText();
            int start = getAbsolutePosition(p, 0);
            for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
                starts.push(start + at);
                first = first < 0 ? p : first;
                last = p;
                count++;
            }
        }
        if (count > 0) {
            // From the last match back: each position still holds when the earlier ones are applied.
            var change = createMultiChange(count);
            for (int at : starts) {
                change.replaceTextAbsolutely(at, at + query.length(), replacement);
            }
            replacingAll = true;
            try {
                change.commit();
            } finally {
                replacingAll = false;
            }
            edited.accept(first, last);
        }
        return count;
    }

    /**
     * After any change of the text: new paragraphs belong where the change was; a heading split by
     * Enter or a paste: what follows it is the section's body (Word's Enter at a heading's end).
     */
    private void placeAndReport(org.fxmisc.richtext.model.PlainTextChange change) {
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
