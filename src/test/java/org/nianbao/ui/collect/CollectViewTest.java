package org.nianbao.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.store.SampleData;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowExtension;
import org.nianbao.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 数据收集 view over the shipped sample: forms out, files dropped back in, material to a section. */
@ExtendWith(WindowExtension.class)
class CollectViewTest {

    @TempDir
    static Path dir;

    ReportStore store;
    Report report;
    CollectModel model;
    CollectView view;
    /** What to drop: the files the drag source carries. */
    final List<Path> dragged = new ArrayList<>();
    final List<String> addedToSection = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    int reloads;
    /** Imports run on a thread of their own, as in the window; closed, it holds them until the test opens it. */
    final java.util.concurrent.Semaphore gate = new java.util.concurrent.Semaphore(1);
    final java.util.concurrent.Executor imports = task -> new Thread(() -> {
        gate.acquireUninterruptibly();
        gate.release();
        task.run();
    }, "test-imports").start();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "case");
        store = ReportStore.open(folder.resolve("n.db"));
        Report read = new ReportImporter().read(SampleData.writeTo(folder.resolve("s"))).withMetrics(SampleData.metrics());
        report = store.insert(read);
        store.collection().addDepartments(report.id(), SampleData.departmentsOf(report));
        Metric closed = report.metrics().stream().filter(m -> m.name().equals("办结信访事项")).findFirst().orElseThrow();
        store.saveMetric(report.id(), closed.withValue(null)); // one figure still to come
        Messages m = Messages.of(Locale.SIMPLIFIED_CHINESE);
        model = new CollectModel(store, m, () -> report.id(), () -> reloads++, new CollectModel.KeepChooser() {
            @Override
            public Optional<ReturnCheck.Keep> choose(String department, List<org.nianbao.collect.Conflict> conflicts) {
                asked.add(department + conflicts.size());
                return Optional.of(ReturnCheck.Keep.RETURNED);
            }

            @Override
            public boolean matchByName(String file, String department) {
                asked.add(file + "→" + department);
                return true;
            }
        }, imports);
        view = new CollectView(model, m, new org.nianbao.ui.common.AnsweringDialogs(), addedToSection::add);
        view.setChoosers(title -> Optional.of(folder.resolve("forms")), () -> List.copyOf(dragged));
        Label source = new Label("拖动来源");
        source.setId("drag-source");
        source.setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(dragged.stream().map(Path::toFile).toList());
            source.startDragAndDrop(TransferMode.COPY).setContent(content);
            e.consume();
        });
        BorderPane root = new BorderPane(view, source, null, null, null);
        Scene scene = new Scene(root, 1100, 600);
        scene.getStylesheets().add(org.nianbao.ui.common.CjkFont.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
        root.setStyle("-fx-font-family: \"" + org.nianbao.ui.common.CjkFont.family() + "\";");
        stage.setScene(scene);
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path formsFolder() {
        return store.file().resolveSibling("forms");
    }

    private Path filled(String department, String name, int row, Object value) throws Exception {
        Path form = formsFolder().resolve(department + "-2023年度数据收集表.xlsx");
        Path out = formsFolder().resolveSibling(name);
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var cell = wb.getSheet("指标").getRow(3 + row).getCell(5);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    private void drop(FxRobot robot, Path... files) {
        dragged.clear();
        dragged.addAll(List.of(files));
        robot.drag("#drag-source").dropTo("#collect-departments");
        awaitImport();
    }

    private void awaitImport() {
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !model.busyProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the import did not finish", e);
        }
        FxSettle.settle();
    }

    private String state(String department) {
        return model.departments().stream().filter(r -> r.name().equals(department)).findFirst().orElseThrow().state();
    }

    private List<String> messages(FxRobot robot) {
        return robot.lookup("#collect-messages").<ListView<String>>query().getItems();
    }

    @Test
    void theDepartmentsShowTheirStateAndWhatIsMissing(FxRobot robot) {
        assertThat(view.table().getItems()).hasSize(SampleData.departments().size());
        assertThat(state("区信访局")).isEqualTo("未发送");
        assertThat(model.departments()).filteredOn(r -> r.name().equals("区信访局")).singleElement()
                .satisfies(r -> assertThat(r.missing()).containsExactly("办结信访事项"));
        int owed = SampleData.metrics().size();
        assertThat(robot.lookup("#collect-summary").queryLabeled().getText()).isEqualTo("已收到 " + (owed - 1) + " / " + owed + " 项数据");
    }

    /** Seen in the window at 1366×768: the departments' table, in half of the middle pane, read "区政务… …". */
    @Test
    void inANarrowPaneTheDepartmentsColumnsKeepReadableWidthsAndScroll(FxRobot robot) {
        robot.interact(() -> view.getScene().getWindow().setWidth(560));
        FxSettle.settle();
        javafx.scene.control.TableView<?> departments = robot.lookup("#collect-departments").queryAs(javafx.scene.control.TableView.class);
        for (javafx.scene.control.TableColumn<?, ?> column : departments.getColumns()) {
            assertThat(column.getWidth()).as(column.getText()).isGreaterThanOrEqualTo(70);
        }
        assertThat(departments.getColumns().get(0).getWidth()).as("the department's name")
                .isGreaterThan(departments.getColumns().get(1).getWidth());
    }

    @Test
    void theButtonMakesTheFormsAndMarksThemSent(FxRobot robot) {
        robot.clickOn("#collect-make-forms");
        FxSettle.settle();
        assertThat(formsFolder().resolve("区信访局-2023年度数据收集表.xlsx")).exists();
        assertThat(state("区信访局")).isEqualTo("已发送");
        assertThat(messages(robot)).singleElement().asString().startsWith("已生成 8 份数据收集表");
    }

    @Test
    void aDroppedFormIsImportedAndTheDepartmentIsComplete(FxRobot robot) throws Exception {
        robot.clickOn("#collect-make-forms");
        drop(robot, filled("区信访局", "区信访局回表.xlsx", 1, 1203));
        assertThat(messages(robot)).first().asString().isEqualTo("已导入“区信访局回表.xlsx”（区信访局）：1 个数值，0 段素材");
        assertThat(messages(robot)).anyMatch(s -> s.startsWith("核对：区信访局：") && s.contains("97.47"));
        assertThat(state("区信访局")).isEqualTo("已完成");
        int owed = SampleData.metrics().size();
        assertThat(robot.lookup("#collect-summary").queryLabeled().getText()).isEqualTo("已收到 " + owed + " / " + owed + " 项数据");
        assertThat(reloads).as("the report is reloaded with the new figure").isEqualTo(1);

        robot.clickOn("区信访局");
        javafx.scene.control.TableView<CollectModel.FigureRow> figures = robot.lookup("#collect-figures").query();
        assertThat(figures.getItems()).extracting(CollectModel.FigureRow::metric, CollectModel.FigureRow::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("受理信访事项", "1247件"),
                        org.assertj.core.groups.Tuple.tuple("办结信访事项", "1203件"));
        assertThat(figures.getItems().get(0).source()).isEmpty(); // entered before the round
        assertThat(figures.getItems().get(1).source()).startsWith("区信访局，区信访局回表.xlsx，");
    }

    @Test
    void aDroppedFormWithProblemsIsNotImportedAndSaysWhere(FxRobot robot) throws Exception {
        robot.clickOn("#collect-make-forms");
        drop(robot, filled("区信访局", "有问题.xlsx", 1, "约1200"));
        assertThat(messages(robot)).anyMatch(s -> s.startsWith("未导入“有问题.xlsx”"))
                .anyMatch(s -> s.startsWith("区信访局　指标!F5："));
        assertThat(state("区信访局")).isEqualTo("有问题");
        assertThat(store.load(report.id()).metrics()).filteredOn(m -> m.name().equals("办结信访事项"))
                .singleElement().satisfies(m -> assertThat(m.value()).isNull());
        assertThat(reloads).isZero();
    }

    @Test
    void aFormWithoutItsIdentitySheetIsMatchedByNamesOnceConfirmed(FxRobot robot) throws Exception {
        robot.clickOn("#collect-make-forms");
        Path filled = filled("区信访局", "无信息页.xlsx", 1, 1203);
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.removeSheetAt(wb.getSheetIndex("表格信息"));
            try (OutputStream os = Files.newOutputStream(filled)) {
                wb.write(os);
            }
        }
        drop(robot, filled);
        assertThat(asked).containsExactly("无信息页.xlsx→区信访局");
        assertThat(messages(robot)).first().asString().startsWith("已导入“无信息页.xlsx”（区信访局）：1 个数值");
    }

    @Test
    void aDifferingValueAsksWhichToKeep(FxRobot robot) throws Exception {
        robot.clickOn("#collect-make-forms");
        drop(robot, filled("区信访局", "改了.xlsx", 0, 1250));
        assertThat(asked).containsExactly("区信访局1");
        assertThat(store.load(report.id()).metrics()).filteredOn(m -> m.name().equals("受理信访事项"))
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualByComparingTo("1250"));
    }

    @Test
    void droppedMaterialIsKeptForTheSelectedDepartmentCheckedAndAddedToASection(FxRobot robot) throws Exception {
        Path txt = Files.writeString(formsFolder().resolveSibling("材料.txt"), "全年受理信访事项1247件，办结1203件，办结率97.47%。\n");
        robot.clickOn("区信访局");
        drop(robot, txt);
        assertThat(messages(robot)).containsExactly("已存入区信访局的素材 1 段");
        ListView<CollectModel.MaterialRow> material = robot.lookup("#collect-material").query();
        assertThat(material.getItems()).singleElement().satisfies(r -> {
            assertThat(r.department()).isEqualTo("区信访局");
            assertThat(r.notes()).anyMatch(n -> n.contains("96.47"));
        });
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof CollectModel.MaterialRow).<javafx.scene.Node>query());
        robot.clickOn("#collect-add-to-section");
        javafx.scene.control.TextArea chosen = robot.lookup("#collect-material-text").query();
        robot.interact(() -> chosen.selectRange(0, "全年受理信访事项1247件".length()));
        robot.clickOn("#collect-add-to-section");
        assertThat(addedToSection).containsExactly("全年受理信访事项1247件，办结1203件，办结率97.47%。", "全年受理信访事项1247件");
        assertThat(store.load(report.id()).sections()).isEqualTo(report.sections());
    }

    @Test
    void aScreenshotOfTheViewAfterARound(FxRobot robot) throws Exception {
        robot.clickOn("#collect-make-forms");
        robot.clickOn("区信访局");
        drop(robot, filled("区信访局", "区信访局回表.xlsx", 1, 1203),
                Files.writeString(formsFolder().resolveSibling("材料.txt"), "2022年，区信访局受理信访事项1247件，办结1203件，办结率97.47%。\n"));
        assertThat(model.figures()).as("the department chosen stays chosen after the drop").hasSize(2);
        Path png = Path.of("target/screenshots/collect-view.png");
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
        write(image, png);
        assertThat(model.material()).hasSize(1);
        assertThat(png).exists();
    }

    private static void write(javafx.scene.image.WritableImage image, Path target) {
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) image.getWidth(),
                (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(target.getParent());
            javax.imageio.ImageIO.write(out, "png", target.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void formsAreReadOffTheFxThreadWithProgressAndTheViewStaysResponsive(FxRobot robot) throws Exception {
        robot.clickOn("#collect-make-forms");
        Path form = filled("区信访局", "区信访局回表.xlsx", 1, 1203);
        Path notAForm = formsFolder().resolveSibling("说明.xlsx");
        Files.writeString(notAForm, "不是表格");
        gate.acquire(); // the import thread waits here, as a slow disk or a large batch would make it
        dragged.clear();
        dragged.addAll(List.of(form, notAForm));
        robot.drag("#drag-source").dropTo("#collect-departments");
        FxSettle.settle();

        assertThat(model.busyProperty().get()).isTrue();
        assertThat(robot.lookup("#collect-progress-text").queryLabeled().getText()).startsWith("正在读取第 ");
        assertThat(robot.lookup("#collect-progress").queryAs(javafx.scene.control.ProgressBar.class).getParent().isVisible()).isTrue();
        // the window answers meanwhile: a department is chosen and its figures shown
        robot.interact(() -> view.table().getSelectionModel().select(0));
        assertThat(model.figures()).isNotEmpty();
        robot.drag("#drag-source").dropTo("#collect-departments"); // again while busy: refused, not queued
        FxSettle.settle();
        assertThat(messages(robot)).containsExactly("上一批文件还在导入，请完成后再拖入这些文件");

        gate.release();
        awaitImport();
        assertThat(robot.lookup("#collect-progress").queryAs(javafx.scene.control.ProgressBar.class).getParent().isVisible()).isFalse();
        assertThat(messages(robot)).first().asString().isEqualTo("已导入“区信访局回表.xlsx”（区信访局）：1 个数值，0 段素材");
        assertThat(messages(robot)).anyMatch(s -> s.contains("“说明.xlsx”不是 Excel 工作簿"));
        assertThat(state("区信访局")).isEqualTo("已完成");
        assertThat(reloads).isEqualTo(1);
    }
}
