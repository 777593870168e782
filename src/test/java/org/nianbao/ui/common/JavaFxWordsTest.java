package org.nianbao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * JavaFX's own words (an empty table's placeholder, dialog buttons) are Chinese on a machine set to
 * English. JavaFX fixes the button texts once per JVM, so this runs in a JVM of its own started with
 * an English locale, as an office PC would be.
 */
class JavaFxWordsTest {

    @Test
    void anEnglishMachineStillShowsJavaFxsWordsInChinese() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("placeholder=表中无内容").contains("ok=确定").contains("cancel=取消");
    }

    /** Starts JavaFX as the app does (the UI language applied first) and prints the words it shows. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Messages.of(Locale.SIMPLIFIED_CHINESE).applyToJavaFx();
            CompletableFuture<String> words = new CompletableFuture<>();
            Platform.startup(() -> {
                try {
                    TableView<String> table = new TableView<>();
                    table.getColumns().add(new javafx.scene.control.TableColumn<>("事项"));
                    Stage stage = new Stage();
                    stage.setScene(new Scene(table, 300, 200));
                    stage.show();
                    table.applyCss();
                    table.layout();
                    Label placeholder = (Label) table.lookup(".placeholder .label");
                    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
                    String ok = alert.getDialogPane().lookupButton(ButtonType.OK) instanceof javafx.scene.control.Button b
                            ? b.getText() : "?";
                    String cancel = ButtonType.CANCEL.getText();
                    words.complete("placeholder=" + (placeholder == null ? "?" : placeholder.getText())
                            + " ok=" + ok + " cancel=" + cancel);
                } catch (RuntimeException e) {
                    words.completeExceptionally(e);
                }
            });
            System.out.println(words.get(30, TimeUnit.SECONDS));
            Platform.exit();
            System.exit(0);
        }
    }
}
