package org.nianbao.ui.collect;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import org.nianbao.collect.Conflict;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.ui.common.DialogService;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/**
 * The 数据收集 tab of the main window: built when first shown, refreshed each time it is shown again
 * (another report may be open by then), and reloading the report after a form changed its figures.
 */
public final class CollectTab {

    /** Returned forms are read off the FX thread, one import at a time. */
    private static final java.util.concurrent.Executor IMPORTS =
            org.nianbao.ui.common.DaemonThreads.single("nianbao-collect");

    private CollectTab() {
    }

    /**
     * @param dialogs      the window's dialogs (asked when the tab is first shown: tests replace them)
     * @param addToSection see {@link CollectView}; null when the window has nowhere to put material
     */
    public static Tab create(ReportSession session, Supplier<DialogService> dialogs, Consumer<String> addToSection) {
        Messages m = session.messages();
        Tab tab = new Tab(m.get("tab.collect"));
        tab.setId("tab-collect");
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (!selected) {
                return;
            }
            if (tab.getContent() == null) {
                CollectModel model = new CollectModel(session.store(), m, () -> session.report().id(),
                        () -> session.openReport(session.report().id()), new CollectModel.KeepChooser() {
                            @Override
                            public Optional<ReturnCheck.Keep> choose(String department, List<Conflict> conflicts) {
                                return askWhichToKeep(dialogs.get(), m, department, conflicts);
                            }

                            @Override
                            public boolean matchByName(String file, String department) {
                                return confirmNameMatch(dialogs.get(), m, file, department);
                            }
                        }, IMPORTS);
                tab.setContent(new CollectView(model, m, dialogs.get(), addToSection));
                tab.setUserData(model);
            } else {
                ((CollectModel) tab.getUserData()).refresh();
            }
        });
        return tab;
    }

    /** Whether a form whose identity sheet was deleted may be matched by its department's and metrics' names. */
    static boolean confirmNameMatch(DialogService dialogs, Messages m, String file, String department) {
        return dialogs.confirm(m.get("collect.nameMatch.title"), m.format("collect.nameMatch.text", file, department));
    }

    /** The choice when a returned form differs from the values entered: the department's or those entered. */
    static Optional<ReturnCheck.Keep> askWhichToKeep(DialogService dialogs, Messages m, String department,
                                                     List<Conflict> conflicts) {
        StringBuilder text = new StringBuilder();
        for (Conflict c : conflicts) {
            text.append("“").append(c.metric()).append("”：已录入 ").append(c.entered().toPlainString())
                    .append("，表中为 ").append(c.returned().toPlainString()).append('\n');
        }
        return dialogs.chooseAnswer(m.get("collect.conflict.title"), m.format("collect.conflict.header", department),
                text.toString(), List.of(ReturnCheck.Keep.RETURNED, ReturnCheck.Keep.ENTERED),
                keep -> m.get(keep == ReturnCheck.Keep.RETURNED ? "collect.conflict.returned" : "collect.conflict.entered"));
    }
}
