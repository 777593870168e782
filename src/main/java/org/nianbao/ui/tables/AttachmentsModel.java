package org.nianbao.ui.tables;

import java.util.Arrays;
import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.session.History;
import org.nianbao.ui.session.ReportSession;

/**
 * The attachments' view model (附件): the list (add, delete, rename, move) is stored before each call
 * returns and can be undone; an attachment's body is saved in the background as it is typed.
 */
public final class AttachmentsModel implements History.Held {

    private final ReportSession session;
    private final StoredRows<Attachment> rows;

    public AttachmentsModel(ReportSession session) {
        this.session = session;
        this.rows = new StoredRows<>(session, Report::attachments, Report::withAttachments,
                new StoredRows.RowStore<>((store, report, a) -> store.saveAttachment(report, a),
                        ReportStore::insertAttachment, ReportStore::moveAttachment, ReportStore::deleteAttachment), Attachment::id,
                Attachment::withId).merging((current, undone) -> new Attachment(current.id(), undone.title(),
                current.body()));
    }

    public List<Attachment> attachments() {
        return session.report().attachments();
    }

    /** Adds an attachment with a free title (新附件1, 新附件2…) and returns its row. */
    public int add() {
        String base = session.messages().get("attachments.newTitle");
        int n = 1;
        while (hasTitle(base + n)) {
            n++;
        }
        return rows.add(new Attachment(null, base + n, List.of()));
    }

    public void delete(int row) {
        rows.delete(row);
    }

    /** A blank title is refused with the reason. */
    public boolean rename(int row, String title) {
        if (title == null || title.isBlank()) {
            session.tell(session.messages().get("error.emptyTitle"));
            return false;
        }
        return rows.update(row, a -> new Attachment(a.id(), title.strip(), a.body()));
    }

    /** The body as typed in the text area: one paragraph a line, blank lines left out. */
    public void setBody(int row, String typed) {
        Attachment a = attachments().get(row);
        List<Paragraph> body = paragraphs(typed);
        if (!body.equals(a.body())) {
            session.editAttachment(a.id(), old -> new Attachment(old.id(), old.title(), body));
        }
    }

    /** The body as the text area shows it. */
    public static String text(Attachment a) {
        return String.join("\n", a.body().stream().map(Paragraph::text).toList());
    }

    static List<Paragraph> paragraphs(String typed) {
        return Arrays.stream(typed.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .map(Paragraph::of).toList();
    }

    /** Moves a row one place up; returns its new row, or the same when it is first. */
    public int moveUp(int row) {
        return rows.move(row, row - 1) ? row - 1 : row;
    }

    public int moveDown(int row) {
        return rows.move(row, row + 1) ? row + 1 : row;
    }

    @Override
    public History history() {
        return rows;
    }

    private boolean hasTitle(String title) {
        return attachments().stream().anyMatch(a -> a.title().equals(title));
    }
}
