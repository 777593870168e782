package org.nianbao.ui.collect;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import org.nianbao.collect.Conflict;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.ui.common.CjkFont;
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

    /** @param addToSection see {@link CollectView}; null when the window has nowhere to put material */
    public static Tab create(ReportSession session, Consumer<String> addToSection) {
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
                                return askWhichToKeep(m, department, conflicts);
                            }

                            @Override
                            public boolean matchByName(String file, String department) {
                                return confirmNameMatch(m, file, department);
                            }
                        }, IMPORTS);
                tab.setContent(new CollectView(model, m, addToSection));
                tab.setUserData(model);
            } else {
                ((CollectModel) tab.getUserData()).refresh();
            }
        });
        return tab;
    }

    /** Whether a form whose identity sheet was deleted may be matched by its department's and metrics' names. */
    static boolean confirmNameMatch(Messages m, String file, String department) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.format("collect.nameMatch.text", file, department),
                ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(m.get("collect.nameMatch.title"));
        alert.setHeaderText(null);
        CjkFont.dress(alert.getDialogPane());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** The choice when a returned form differs from the values entered: the department's or those entered. */
    static Optional<ReturnCheck.Keep> askWhichToKeep(Messages m, String department, List<Conflict> conflicts) {
        ButtonType returned = new ButtonType(m.get("collect.conflict.returned"), ButtonBar.ButtonData.YES);
        ButtonType entered = new ButtonType(m.get("collect.conflict.entered"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", returned, entered, ButtonType.CANCEL);
        alert.setTitle(m.get("collect.conflict.title"));
        alert.setHeaderText(m.format("collect.conflict.header", department));
        StringBuilder text = new StringBuilder();
        for (Conflict c : conflicts) {
            text.append("“").append(c.metric()).append("”：已录入 ").append(c.entered().toPlainString())
                    .append("，表中为 ").append(c.returned().toPlainString()).append('\n');
        }
        alert.setContentText(text.toString());
        CjkFont.dress(alert.getDialogPane());
        return alert.showAndWait().flatMap(b -> b == returned ? Optional.of(ReturnCheck.Keep.RETURNED)
                : b == entered ? Optional.of(ReturnCheck.Keep.ENTERED) : Optional.empty());
    }
}
