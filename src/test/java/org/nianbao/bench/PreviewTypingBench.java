package org.nianbao.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.ui.app.MainWindow;
import org.nianbao.ui.document.Block;
import org.nianbao.ui.document.DocumentArea;
import org.nianbao.ui.preview.PreviewBeside;

/**
 * Issue 11: typing in the document view of a 100-page report with the pages beside it. How long one
 * keystroke holds the FX thread with the preview hidden and shown (the caret's page is looked up on
 * every key), and how long after the last key the pages show the edit (150 ms of pause, then the
 * layout off the FX thread).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -Dprism.order=sw org.nianbao.bench.PreviewTypingBench
 * </pre>
 */
public final class PreviewTypingBench {

    private PreviewTypingBench() {
    }

    public static void main(String[] args) throws Exception {
        MainWindow[] window = {HundredPageWindow.open("preview", 1280, 800)};
        System.out.println("preview hidden: " + type(window[0], "法治"));
        HundredPageWindow.onFx(() -> window[0].pagesBeside().shownProperty().set(true));
        PreviewBeside beside = window[0].pagesBeside();
        while (beside.model().orElseThrow().pagesProperty().get() == null) {
            Thread.sleep(20);
        }
        System.out.println("pages: " + beside.model().orElseThrow().pageCount());
        System.out.println("preview shown:  " + type(window[0], "政府"));
        LaidOutReport before = beside.model().orElseThrow().pagesProperty().get();
        long typed = System.nanoTime();
        while (beside.model().orElseThrow().pagesProperty().get() == before) {
            Thread.sleep(5);
        }
        // the pages were laid out while typing; one more key, then how long until they show it
        List<Long> follow = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LaidOutReport shown = beside.model().orElseThrow().pagesProperty().get();
            HundredPageWindow.onFx(() -> {
                DocumentArea area = window[0].document().area();
                area.insertText(area.getCaretPosition(), "建");
            });
            long t0 = System.nanoTime();
            while (beside.model().orElseThrow().pagesProperty().get() == shown) {
                Thread.sleep(2);
            }
            follow.add((System.nanoTime() - t0) / 1_000_000);
        }
        System.out.println("pages show a key after: median " + HundredPageWindow.median(follow) + " ms " + follow
                + " (first wait " + (System.nanoTime() - typed) / 1_000_000 + " ms)");
        Platform.exit();
    }

    /** 400 keys into a body paragraph in the middle of the document: the FX thread's time per key. */
    private static String type(MainWindow window, String pair) throws Exception {
        List<Long> keystrokes = new ArrayList<>();
        HundredPageWindow.onFx(() -> {
            DocumentArea area = window.document().area();
            int p = area.getParagraphs().size() / 2;
            while (area.block(p).kind() != Block.Kind.BODY) {
                p++;
            }
            area.requestFocus();
            area.moveTo(p, 0);
            for (int i = 0; i < 400; i++) {
                long t0 = System.nanoTime();
                area.insertText(area.getCaretPosition(), String.valueOf(pair.charAt(i % 2)));
                keystrokes.add((System.nanoTime() - t0) / 1000);
            }
        });
        List<Long> warm = keystrokes.subList(100, keystrokes.size());
        return "keystroke on the FX thread: median " + HundredPageWindow.median(warm) + " µs, max "
                + warm.stream().mapToLong(Long::longValue).max().orElse(0) + " µs (after 100 warm-up keys)";
    }
}
