package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.TwoDimensional;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Section;
import org.nianbao.model.Report;
import org.nianbao.text.SectionNumbering;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.checks.FindingView;
import org.nianbao.ui.session.ReportSession;

/**
 * The whole report as one scrolling document. Each accepted edit is stored by section at once (the
 * session saves it off the FX thread, one transaction a section); a change made elsewhere (a structure
 * edit, the tables, the settings) shows when this view is next in front.
 */
public final class DocumentView extends BorderPane {

    public static final String AREA_ID = "document";

    private final ReportSession session;
    private final DocumentArea area = new DocumentArea();
    private final ReadOnlyObjectWrapper<Long> caretSection = new ReadOnlyObjectWrapper<>();
    private final DocumentFindBar findBar;
    private final org.nianbao.ui.common.HoverHint hover;
    /** The figure marks by paragraph: start, end, style class, message. */
    private Map<Integer, List<TextMark>> marks = Map.of();
    /** Each {{指标名}} the text cites, with the metric's figure now on hover. */
    private final MetricReferences references;
    /** The figures the caret's section cites, one line under the text ("" when none). */
    private final Label cited = new Label();
    /** The reviewers' pending changes by paragraph, and as given (by section, to place again after a reload). */
    private Map<Integer, List<TextMark>> reviewMarks = Map.of();
    private List<SectionMark> sectionMarks = List.of();
    private List<FindingView> findings = List.of();
    private boolean storing;
    private boolean stale = true;
    private boolean active;
    /** True while the area is loaded afresh: the caret passes through the end then, not the officer. */
    private boolean loading;
    private java.util.function.BiConsumer<Block.Kind, Integer> openElsewhere = (kind, index) -> { };
    /** The report the area shows: another one is loaded afresh, the same one updated in place. */
    private Long shownReport;

    public DocumentView(ReportSession session) {
        this.session = session;
        this.references = new MetricReferences(session);
        area.setId(AREA_ID);
        area.setWrapText(true);
        area.setStyle(CjkFont.style());
        area.getStylesheets().add(DocumentFonts.styleSheet());
        area.setParagraphGraphicFactory(this::number);
        area.onEdited(this::store);
        area.onRefused(block -> session.tell(session.messages().get("document.refused."
                + (block.kind().editable() ? "boundary" : "elsewhere"))));
        if (session.isReadOnly()) {
            area.setEditable(false);
        }
        setCenter(new VirtualizedScrollPane<>(area));
        findBar = new DocumentFindBar(area, session.messages());
        setTop(findBar);
        area.currentParagraphProperty().addListener((o, a, p) -> {
            if (!loading) {
                caretSection.set(sectionAt(p));
            }
        });
        cited.setId("document-references");
        cited.getStyleClass().add("section-references");
        cited.setWrapText(true);
        cited.managedProperty().bind(cited.visibleProperty());
        cited.setVisible(false);
        setBottom(cited);
        caretSection.addListener((o, a, id) -> showCited());
        session.reportProperty().addListener((o, a, report) -> {
            if (!storing) {
                stale = true;
                if (active) {
                    refresh();
                }
            }
            showCited();
        });
        hover = new org.nianbao.ui.common.HoverHint(area, at -> markAt(at).map(TextMark::hint));
        area.setContextMenu(headingMenu());
        area.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                int p = area.paragraphAt(area.hit(e.getX(), e.getY()).getInsertionIndex());
                if (!area.block(p).kind().editable()) {
                    openElsewhere.accept(area.block(p).kind(), ordinal(p));
                    e.consume();
                }
            }
        });
        acceptDroppedText();
    }

    /** Material (素材) dragged in from beside the view lands where it is dropped (issue 13). */
    private void acceptDroppedText() {
        area.setOnDragOver(e -> {
            if (e.getGestureSource() != area && e.getDragboard().hasString() && !e.getDragboard().hasFiles()
                    && area.isEditable()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        area.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasString()
                    && insertDropped(area.hit(e.getX(), e.getY()).getInsertionIndex(), e.getDragboard().getString());
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * What a double click on a part edited elsewhere opens: the problem list's row, the attachment,
     * the settings for the issuers and date. Given the part's kind and which of its kind it is (the
     * second problem: 1; any paragraph of the first attachment: 0).
     */
    public void onOpenElsewhere(java.util.function.BiConsumer<Block.Kind, Integer> open) {
        this.openElsewhere = open;
    }

    private int ordinal(int paragraph) {
        Block.Kind kind = area.block(paragraph).kind();
        boolean attachment = kind == Block.Kind.ATTACHMENT_TITLE || kind == Block.Kind.ATTACHMENT_BODY;
        int n = 0;
        for (int p = 0; p < paragraph; p++) {
            Block.Kind k = area.block(p).kind();
            if (attachment ? k == Block.Kind.ATTACHMENT_TITLE : k == kind) {
                n++;
            }
        }
        return attachment && kind == Block.Kind.ATTACHMENT_BODY ? n - 1 : n;
    }

    /**
     * The right-click menu of the text: whether the caret's heading stands on its own line or opens
     * its first paragraph (段首标题); the window adds the structure commands.
     */
    private ContextMenu headingMenu() {
        CheckMenuItem runIn = new CheckMenuItem(session.messages().get("editor.style.RUN_IN"));
        runIn.setId("document-run-in");
        ContextMenu menu = new ContextMenu(runIn);
        menu.setOnShowing(e -> {
            Optional<Section> section = caretSectionNow();
            runIn.setDisable(section.isEmpty() || session.isReadOnly());
            runIn.setSelected(section.map(s -> s.style() == HeadingStyle.RUN_IN).orElse(false));
        });
        // From the section as stored, not the item's tick: the menu may be shown again before it is read.
        runIn.setOnAction(e -> caretSectionNow().ifPresent(s -> setHeadingStyle(s.id(),
                s.style() == HeadingStyle.RUN_IN ? HeadingStyle.STANDALONE : HeadingStyle.RUN_IN)));
        return menu;
    }

    /** The section the caret is in, as the session holds it. */
    public Optional<Section> caretSectionNow() {
        Long id = caretSection.get();
        Report report = session.report();
        if (id == null || report == null) {
            return Optional.empty();
        }
        return report.outline().stream().map(OutlineEntry::section).filter(s -> id.equals(s.id())).findFirst();
    }

    /** The heading stands alone or runs into its first paragraph; the text shown does not change. */
    public void setHeadingStyle(long sectionId, HeadingStyle style) {
        storing = true;
        try {
            session.editSection(sectionId, s -> s.withStyle(style));
        } finally {
            storing = false;
        }
    }

    /** The line naming the figures the caret's section cites, with their values now (受理：40件). */
    private void showCited() {
        Long id = caretSection.get();
        String summary = id == null ? "" : references.summary(sectionParagraphs(id, headingOf(id).orElse(0))
                .stream().map(DocParagraph::text).toList());
        cited.setText(summary.isEmpty() ? "" : session.messages().format("editor.references", summary));
        cited.setVisible(!summary.isEmpty());
    }

    /** The figures line under the text ("" when the caret's section cites none). */
    public String citedFigures() {
        return cited.getText();
    }

    /**
     * Adds a paragraph at the end of the caret's section (the preamble before the first heading), as
     * if pasted there: stored and undone like typing (material from the departments, issue 13).
     */
    public void addParagraph(String text) {
        int p = Math.min(area.getCurrentParagraph(), area.getParagraphs().size() - 1);
        while (p > 0 && !area.block(p).kind().editable()) {
            p--;
        }
        Block at = area.block(p);
        int last = p;
        while (last + 1 < area.getParagraphs().size() && belongsWith(at, area.block(last + 1))) {
            last++;
        }
        int end = area.getAbsolutePosition(last, area.getParagraph(last).length());
        area.replaceText(end, end, "\n" + text);
        area.moveTo(end + 1 + text.length());
        area.requestFollowCaret();
    }

    /** True when {@code next} is part of the same section as {@code first} (the title's: the preamble). */
    private static boolean belongsWith(Block first, Block next) {
        if (first.section() != null) {
            return first.section().equals(next.section());
        }
        return next.kind() == Block.Kind.PREAMBLE;
    }

    /**
     * Inserts dropped text at a position as one undo step of its own, stored by section like typing;
     * false when the place is not edited here (the status line says why).
     */
    public boolean insertDropped(int position, String text) {
        String dropped = text.strip();
        int before = area.getLength();
        area.getUndoManager().preventMerge();
        area.replaceText(position, position, dropped);
        area.getUndoManager().preventMerge();
        if (area.getLength() == before) {
            return false;
        }
        area.moveTo(position + dropped.length());
        area.requestFocus();
        return true;
    }

    /** The hover hint shown now, or null when none is. */
    public String shownHint() {
        return hover.shown();
    }

    /** Ctrl+F, Ctrl+H. */
    public void showFind(boolean replacing) {
        findBar.open(replacing);
    }

    public DocumentArea area() {
        return area;
    }

    /** The section the caret is in (its heading or body), null before the first heading. */
    public ReadOnlyObjectProperty<Long> caretSectionProperty() {
        return caretSection.getReadOnlyProperty();
    }

    /** In front (its tab chosen) or not: changes made elsewhere show when it comes to the front. */
    public void setActive(boolean active) {
        this.active = active;
        if (active && stale) {
            refresh();
        }
    }

    /** Shows the report as the session holds it now, keeping the caret and the scroll place. */
    public void refresh() {
        Report report = session.report();
        int caret = area.getCaretPosition();
        int top = area.getVisibleParagraphs().isEmpty() ? 0 : area.visibleParToAllParIndex(0);
        Long id = report == null ? null : report.id();
        loading = true;
        try {
            if (id != null && id.equals(shownReport)) {
                // The same report changed elsewhere: in place, so caret, selection and undo history stay.
                int added = area.update(DocumentLayout.of(report));
                if (added != 0 && top >= area.unchangedFrom()) { // the text in view moved down or up
                    area.showParagraphAtTop(Math.max(0, Math.min(top + added, area.getParagraphs().size() - 1)));
                }
            } else {
                area.load(report == null ? List.of() : DocumentLayout.of(report));
                area.moveTo(Math.min(caret, area.getLength()));
                area.showParagraphAtTop(Math.min(top, area.getParagraphs().size() - 1));
            }
        } finally {
            loading = false;
        }
        shownReport = id;
        caretSection.set(sectionAt(area.getCurrentParagraph()));
        stale = false;
        showFindings(findings);
        showReviewMarks(sectionMarks);
    }

    /** Scrolls a section's heading to the top and puts the caret at its start. */
    public void scrollTo(long sectionId) {
        headingOf(sectionId).ifPresent(p -> {
            area.moveTo(p, 0);
            area.showParagraphAtTop(p);
        });
    }

    /** A place in the report: a section and an offset from the start of its heading. */
    public record Place(long section, int offset) {
    }

    /** Where the caret is, by its section; empty before the first heading. */
    public Optional<Place> place() {
        Long id = caretSection.get();
        if (id == null) {
            return Optional.empty();
        }
        return headingOf(id).map(p -> new Place(id, area.getCaretPosition() - area.getAbsolutePosition(p, 0)));
    }

    /** Puts the caret at a place and shows it near the top; false when its section is gone. */
    public boolean goTo(Place place) {
        Optional<Integer> heading = headingOf(place.section());
        heading.ifPresent(p -> {
            int start = area.getAbsolutePosition(p, 0);
            int at = Math.max(start, Math.min(start + place.offset(), area.getLength()));
            area.moveTo(at);
            area.showParagraphAtTop(Math.max(0, area.paragraphAt(at) - 2));
            area.requestFocus();
        });
        return heading.isPresent();
    }

    /** Selects a section's heading (a new one: what is typed next names it) and gives the text the keyboard. */
    public void selectHeading(long sectionId) {
        headingOf(sectionId).ifPresent(p -> {
            area.selectRange(p, 0, p, area.getParagraph(p).length());
            area.requestFollowCaret();
            area.requestFocus();
        });
    }

    /** Selects a span of a section's stored paragraph ({@code paragraph} -1: its heading) and shows it. */
    public boolean select(String place, int paragraph, int start, int end) {
        Optional<Integer> at = paragraphOf(place, paragraph);
        at.ifPresent(p -> {
            int length = area.getParagraph(p).length();
            area.selectRange(p, Math.min(start, length), p, Math.min(end, length));
            area.showParagraphAtCenter(p);
            area.showSelectionWithContext();
            area.requestFocus();
        });
        return at.isPresent();
    }

    /** Marks the figures the checks looked at, by status, with the message on hover. */
    public void showFindings(List<FindingView> shown) {
        this.findings = List.copyOf(shown);
        Map<Integer, List<TextMark>> byParagraph = new HashMap<>();
        for (FindingView f : shown) {
            if (!f.inBody()) {
                continue;
            }
            paragraphOf(f.section(), f.paragraph()).ifPresent(p -> byParagraph.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(new TextMark(f.start(), f.end(), f.styleClass(), f.message())));
        }
        Set<Integer> repaint = new LinkedHashSet<>(marks.keySet());
        repaint.addAll(byParagraph.keySet());
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            if (area.block(p).kind().editable() && area.getParagraph(p).getText().contains("{{")) {
                repaint.add(p);
            }
        }
        byParagraph.replaceAll((p, list) -> MarkSpans.worstFirst(list)); // the hover shows the worst news first
        marks = byParagraph;
        repaint(repaint);
    }

    /**
     * Marks the reviewers' pending changes and comments where they lie now (issue 12). Marks are
     * styles: they never enter the text, the stored report or the undo history.
     */
    public void showReviewMarks(List<SectionMark> shown) {
        this.sectionMarks = List.copyOf(shown);
        Map<Integer, List<TextMark>> byParagraph = new HashMap<>();
        for (SectionMark mark : shown) {
            areaParagraph(mark.section(), mark.field())
                    .ifPresent(p -> byParagraph.computeIfAbsent(p, k -> new ArrayList<>()).add(mark.mark()));
        }
        Set<Integer> repaint = new LinkedHashSet<>(reviewMarks.keySet());
        repaint.addAll(byParagraph.keySet());
        reviewMarks = byParagraph;
        repaint(repaint);
    }

    /** Brings a mark into view and selects its text, leaving the focus where it is (the 审阅 list). */
    public void reveal(SectionMark mark) {
        areaParagraph(mark.section(), mark.field()).ifPresent(p -> {
            int length = area.getParagraph(p).length();
            area.selectRange(p, Math.min(mark.mark().start(), length), p, Math.min(mark.mark().end(), length));
            area.showParagraphAtCenter(p);
        });
    }

    /** Review marks and figure marks together; a reviewer's mark shows over a figure's. */
    private void repaint(Set<Integer> paragraphs) {
        for (int p : paragraphs) {
            if (p < area.getParagraphs().size()) {
                List<TextMark> all = new ArrayList<>(reviewMarks.getOrDefault(p, List.of()));
                all.addAll(marks.getOrDefault(p, List.of()));
                all.addAll(references.marks(area.getParagraph(p).getText()));
                area.setStyleSpans(p, 0, MarkSpans.of(area.getParagraph(p).length(), MarkSpans.worstFirst(all)));
            }
        }
    }

    /** The area paragraph of a section's field: its heading (0) or its paragraph field - 1. */
    private Optional<Integer> areaParagraph(long section, int field) {
        return headingOf(section).map(h -> h + field)
                .filter(p -> p < area.getParagraphs().size() && Long.valueOf(section).equals(area.block(p).section()));
    }

    private Optional<TextMark> markAt(int offset) {
        TwoDimensional.Position pos = area.offsetToPosition(offset, TwoDimensional.Bias.Forward);
        int column = pos.getMinor();
        Optional<TextMark> reference = references.marks(area.getParagraph(pos.getMajor()).getText()).stream()
                .filter(m -> m.start() <= column && column < m.end()).findFirst();
        if (reference.isPresent()) {
            return reference;
        }
        return java.util.stream.Stream.concat(reviewMarks.getOrDefault(pos.getMajor(), List.of()).stream(),
                        marks.getOrDefault(pos.getMajor(), List.of()).stream())
                .filter(m -> m.start() <= column && column < m.end()).findFirst();
    }

    /**
     * Marks the {{指标名}} of edited paragraphs: the figure marks already there stay where typing
     * carried them, the references are marked afresh.
     */
    private void markReferences(int first, int last) {
        for (int p = first; p <= last && p < area.getParagraphs().size(); p++) {
            String text = area.getParagraph(p).getText();
            List<TextMark> found = references.marks(text);
            boolean hadSome = area.getStyleSpans(p).stream().anyMatch(span -> span.getStyle().contains(MetricReferences.STYLE));
            if (found.isEmpty() && !hadSome) {
                continue;
            }
            List<TextMark> kept = new ArrayList<>(found);
            int at = 0;
            for (var span : area.getStyleSpans(p)) {
                if (!span.getStyle().isEmpty() && !span.getStyle().contains(MetricReferences.STYLE)) {
                    kept.add(MarkSpans.read(at, at + span.getLength(), span.getStyle()));
                }
                at += span.getLength();
            }
            area.setStyleSpans(p, 0, MarkSpans.of(text.length(), MarkSpans.worstFirst(kept)));
        }
    }

    /** The installed face this view sets a kind of paragraph in (仿宋 body, 黑体 and 楷体 headings, 小标宋 title). */
    public static String faceOf(Block block) {
        return DocumentFonts.faceOf(block);
    }

    /** The heading's live number beside it (一、（二）); nothing beside other paragraphs. */
    private Node number(int paragraph) {
        if (paragraph >= area.getParagraphs().size()) {
            return null;
        }
        Block block = area.block(paragraph);
        if (block.kind() != Block.Kind.HEADING) {
            return null;
        }
        Label number = new Label(block.number());
        number.getStyleClass().addAll("doc-number", block.styleClass());
        // the graphic is as tall as the paragraph: a heading that wraps keeps its number on its first line
        number.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return number;
    }

    /** Stores what an edit changed: each section it touched, the preamble, the title. */
    private void store(int first, int last) {
        markReferences(first, last);
        Set<Long> sections = new LinkedHashSet<>();
        boolean fields = false;
        for (int p = first; p <= last; p++) {
            Block block = area.block(p);
            if (block.section() != null) {
                sections.add(block.section());
            } else {
                fields = true;
            }
        }
        storing = true;
        try {
            for (long id : sections) {
                List<DocParagraph> shown = sectionParagraphs(id, first);
                session.editSection(id, s -> DocumentLayout.read(s, shown));
            }
            if (fields) {
                List<DocParagraph> top = leadingParagraphs();
                session.editFields(r -> r.withTitle(DocumentLayout.title(top)).withPreamble(DocumentLayout.preamble(top)));
            }
        } finally {
            storing = false;
        }
    }

    /** A section's paragraphs: they stand together around {@code near}. */
    private List<DocParagraph> sectionParagraphs(long id, int near) {
        int from = near;
        while (from > 0 && Long.valueOf(id).equals(area.block(from - 1).section())) {
            from--;
        }
        while (from < area.getParagraphs().size() && !Long.valueOf(id).equals(area.block(from).section())) {
            from++;
        }
        List<DocParagraph> out = new ArrayList<>();
        for (int p = from; p < area.getParagraphs().size() && Long.valueOf(id).equals(area.block(p).section()); p++) {
            out.add(new DocParagraph(area.block(p), area.getParagraph(p).getText()));
        }
        return out;
    }

    /** The title and preamble: everything before the first heading. */
    private List<DocParagraph> leadingParagraphs() {
        List<DocParagraph> out = new ArrayList<>();
        for (int p = 0; p < area.getParagraphs().size() && area.block(p).section() == null; p++) {
            out.add(new DocParagraph(area.block(p), area.getParagraph(p).getText()));
        }
        return out;
    }

    private Long sectionAt(int paragraph) {
        for (int p = Math.min(paragraph, area.getParagraphs().size() - 1); p >= 0; p--) {
            if (area.block(p).kind() == Block.Kind.HEADING) {
                return area.block(p).section();
            }
        }
        return null;
    }

    private Optional<Integer> headingOf(long sectionId) {
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            Block block = area.block(p);
            if (block.kind() == Block.Kind.HEADING && Long.valueOf(sectionId).equals(block.section())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The area paragraph of a section's stored paragraph (blank lines are not stored), -1: its heading. */
    private Optional<Integer> paragraphOf(String place, int paragraph) {
        Report report = session.report();
        if (report == null) {
            return Optional.empty();
        }
        Optional<Long> id = report.outline().stream().filter(e -> SectionNumbering.path(e.path()).equals(place))
                .map(OutlineEntry::section).map(s -> s.id()).filter(java.util.Objects::nonNull).findFirst();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> heading = headingOf(id.get());
        if (heading.isEmpty() || paragraph < 0) {
            return heading;
        }
        int seen = 0;
        for (int p = heading.get() + 1; p < area.getParagraphs().size() && id.get().equals(area.block(p).section()); p++) {
            if (!area.getParagraph(p).getText().isBlank()) {
                if (seen == paragraph) {
                    return Optional.of(p);
                }
                seen++;
            }
        }
        return Optional.empty();
    }
}
