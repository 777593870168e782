package org.nianbao.ui.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nianbao.model.BadInputException;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.review.ReportMatch;
import org.nianbao.review.ReviewPlacer;
import org.nianbao.compose.ReviewSession;
import org.nianbao.compose.ReviewSession.Pending;
import org.nianbao.text.SectionNumbering;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/**
 * The 审阅 pane's view model: reads a returned file off the FX thread, lists its pending changes and
 * comments by section in document order, and accepts or rejects them, each decision one store
 * transaction and one undo step. Pending changes stay in the database when the pane closes.
 */
public final class ReviewModel {

    private final ReportSession session;
    private final ReviewSession reviews;
    private final Messages m;
    private final Executor background;
    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Map<String, Integer> colours = new HashMap<>();
    private final String userName;

    public ReviewModel(ReportSession session, Executor background) {
        this.session = session;
        this.reviews = new ReviewSession(session.store());
        this.m = session.messages();
        this.background = background;
        this.userName = org.nianbao.ui.common.Officer.name(m);
    }

    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    /** The last outcome or refusal, in Chinese. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    private long reportId() {
        return session.report().id();
    }

    /**
     * Reads a returned file. A file that lost its properties is matched by title and headings and
     * read only when {@code confirm} accepts the proposed report.
     */
    public CompletableFuture<Void> importFile(Path file, Predicate<ReportMatch> confirm) {
        return work(() -> {
            try {
                reviews.importFile(file, null);
            } catch (BadInputException missing) {
                Optional<ReportMatch> match = reviews.proposeMatch(file);
                if (match.isEmpty() || !missing.chinese().contains("--report")) {
                    throw missing;
                }
                if (!confirm.test(match.get())) {
                    return m.get("review.cancelled");
                }
                reviews.importFile(file, match.get().reportId());
            }
            return m.format("review.imported", file.getFileName().toString());
        });
    }

    /** Lists the pending items again (after an edit elsewhere, or when the pane opens). */
    public CompletableFuture<Void> refresh() {
        return work(() -> "");
    }

    public CompletableFuture<Void> accept(ReviewRow row) {
        return work(() -> acceptNow(row.item()) ? m.get("review.accepted") : m.get("review.notApplied"));
    }

    private boolean acceptNow(ReviewItem item) {
        Optional<ReviewSession.Accepted> accepted = reviews.accept(reportId(), item.id());
        accepted.ifPresent(a -> pushUndo(() -> reviews.undo(a)));
        return accepted.isPresent();
    }

    public CompletableFuture<Void> reject(ReviewRow row) {
        return work(() -> {
            reviews.reject(row.item().id());
            pushUndo(() -> reviews.reopen(row.item().id()));
            return m.get("review.rejected");
        });
    }

    /** Accepts every applicable change of one reviewer (null: of everyone), each its own undo step. */
    public CompletableFuture<Void> acceptAll(String author) {
        List<ReviewRow> chosen = rows.stream().filter(r -> !r.isComment() && r.status() == org.nianbao.review.Placement.Status.APPLICABLE
                && (author == null || author.equals(r.item().author()))).toList();
        return work(() -> {
            int n = 0;
            for (ReviewRow r : chosen) {
                if (acceptNow(r.item())) {
                    n++;
                }
            }
            return m.format("review.acceptedMany", n);
        });
    }

    public CompletableFuture<Void> undo() {
        return work(() -> {
            Runnable step;
            synchronized (undo) {
                step = undo.poll();
            }
            if (step != null) {
                step.run();
            }
            return m.get("review.undone");
        });
    }

    /** The officer answers a comment; the reply stays with the comment's section. */
    public CompletableFuture<Void> reply(ReviewRow comment, String text) {
        ReviewItem parent = comment.item();
        ReviewItem reply = new ReviewItem(null, 0, ReviewKind.COMMENT, parent.sectionId(), parent.start(), parent.end(),
                parent.oldText(), text, userName, "", Instant.now().toString(), true, parent.position(), false, null,
                parent.field());
        return work(() -> {
            session.store().reviews().addReply(comment.importId(), reply);
            return m.get("review.replied");
        });
    }

    public CompletableFuture<Void> toggleDone(ReviewRow comment) {
        return work(() -> {
            session.store().reviews().setDone(comment.item().id(), !comment.item().done());
            return "";
        });
    }

    private void pushUndo(Runnable step) {
        synchronized (undo) {
            undo.push(step);
        }
    }

    @FunctionalInterface
    private interface Work {
        String run();
    }

    /** Runs work off the FX thread, then shows the pending items and the report as they are now. */
    private CompletableFuture<Void> work(Work work) {
        session.saveNow(); // what the officer typed is on disk before a change lands on it
        long id = reportId();
        return CompletableFuture.supplyAsync(() -> {
            String outcome = work.run();
            List<Pending> pending = reviews.pending(id);
            Report report = session.store().load(id);
            return new Object[] {outcome, rowsOf(pending, report), report};
        }, background).handle((result, error) -> {
            CompletableFuture<Void> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                if (error != null) {
                    message.set(reason(error));
                } else {
                    String outcome = (String) result[0];
                    @SuppressWarnings("unchecked")
                    List<ReviewRow> fresh = (List<ReviewRow>) result[1];
                    rows.setAll(fresh);
                    Report report = (Report) result[2];
                    if (!report.equals(session.report())) {
                        session.show(report);
                    }
                    if (!outcome.isEmpty()) {
                        message.set(outcome);
                    }
                }
                synchronized (undo) {
                    undoable.set(!undo.isEmpty());
                }
                shown.complete(null);
            });
            return shown;
        }).thenCompose(f -> f);
    }

    private List<ReviewRow> rowsOf(List<Pending> pending, Report report) {
        Map<Long, String> names = new HashMap<>();
        for (OutlineEntry e : report.outline()) {
            names.put(e.section().id(), SectionNumbering.path(e.path()) + e.section().heading());
        }
        List<ReviewRow> out = new ArrayList<>();
        ReviewPlacer marks = new ReviewPlacer(null, report);
        for (Pending p : pending) {
            ReviewItem item = p.item();
            int colour;
            synchronized (colours) {
                colour = colours.computeIfAbsent(item.author(), a -> colours.size());
            }
            String section = item.field() != null ? m.get("review.field." + item.field().name().toLowerCase(java.util.Locale.ROOT))
                    : item.sectionId() == null ? m.get("review.outside") : names.getOrDefault(item.sectionId(), "");
            out.add(new ReviewRow(p.source().id(), item, p.placement().status(), p.placement().reason(),
                    p.placement().current(), section, colour,
                    p.breaksFigure(), marks.storedSpans(p.placement())));
        }
        return repliesUnderTheirComments(out);
    }

    /** A reply, even one typed later by the officer, is shown right under its comment and the replies before it. */
    private static List<ReviewRow> repliesUnderTheirComments(List<ReviewRow> rows) {
        List<ReviewRow> out = new ArrayList<>();
        for (ReviewRow r : rows) {
            if (r.item().isReply() && rows.stream().anyMatch(c -> isParent(c, r))) {
                continue;
            }
            out.add(r);
            if (r.isComment()) {
                rows.stream().filter(reply -> isParent(r, reply)).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean isParent(ReviewRow comment, ReviewRow reply) {
        return reply.item().isReply() && comment.importId() == reply.importId() && !comment.item().isReply()
                && reply.item().parentPosition() == comment.item().position();
    }

    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof BadInputException)) {
            cause = cause.getCause();
        }
        return cause instanceof BadInputException b ? b.chinese() : String.valueOf(cause.getMessage());
    }
}
