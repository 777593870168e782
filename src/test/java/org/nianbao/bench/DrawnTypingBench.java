package org.nianbao.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import org.nianbao.ui.app.MainWindow;
import org.nianbao.ui.document.Block;
import org.nianbao.ui.document.DocumentArea;

/**
 * Decision 0017: what drawing the first-line indent (a box for each body paragraph's first character)
 * costs the FX thread in the 100-page report. A key typed at a body paragraph's start, where the box
 * is made anew each time, and a page scrolled, where every paragraph coming into view gets its box,
 * each timed (CPU time of the FX thread) with the CSS and layout that follow it, not only the model's change.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -Dprism.order=sw org.nianbao.bench.DrawnTypingBench
 * </pre>
 */
public final class DrawnTypingBench {

    /** CPU time of the FX thread: the machine is shared, so wall time mostly measures the others. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private DrawnTypingBench() {
    }

    public static void main(String[] args) throws Exception {
        MainWindow[] window = {HundredPageWindow.open("drawn", 1280, 760)};
        List<Long> keys = new ArrayList<>();
        HundredPageWindow.onFx(() -> {
            DocumentArea area = window[0].document().area();
            Parent root = area.getScene().getRoot();
            int p = area.getParagraphs().size() / 2;
            while (area.block(p).kind() != Block.Kind.BODY) {
                p++;
            }
            area.requestFocus();
            area.showParagraphAtTop(p);
            for (int i = 0; i < 400; i++) {
                area.moveTo(p, 0);
                long t0 = CPU.getCurrentThreadCpuTime();
                area.insertText(area.getCaretPosition(), i % 2 == 0 ? "法" : "治");
                root.applyCss();
                root.layout();
                keys.add((CPU.getCurrentThreadCpuTime() - t0) / 1000);
            }
        });
        List<Long> pages = new ArrayList<>();
        HundredPageWindow.onFx(() -> {
            DocumentArea area = window[0].document().area();
            Parent root = area.getScene().getRoot();
            area.showParagraphAtTop(0);
            for (int i = 0; i < 150; i++) { // 90,000 px: within the report's length
                long t0 = CPU.getCurrentThreadCpuTime();
                area.scrollYBy(600);
                root.applyCss();
                root.layout();
                pages.add((CPU.getCurrentThreadCpuTime() - t0) / 1000);
            }
        });
        System.out.println("key at a body paragraph's start, with CSS and layout: median CPU "
                + HundredPageWindow.median(keys.subList(100, keys.size())) + " µs (after 100 warm-up keys)");
        System.out.println("a page (600 px) scrolled, with CSS and layout: median CPU "
                + HundredPageWindow.median(pages.subList(20, pages.size())) + " µs (after 20 warm-up pages)");
        javafx.application.Platform.exit();
    }
}
