package org.nianbao.ui.collect;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nianbao.collect.CollectionStatus;
import org.nianbao.collect.Conflict;
import org.nianbao.collect.FormProblem;
import org.nianbao.collect.FormWriter;
import org.nianbao.collect.NameMatchNeeded;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.collect.ReturnResult;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Department;
import org.nianbao.model.Material;
import org.nianbao.model.ValueRecord;
import org.nianbao.compose.CollectionRound;
import org.nianbao.compose.MaterialNote;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.common.FxThread;
import org.nianbao.ui.common.Messages;

/**
 * The 数据收集 view's state: the departments with their state and missing figures, the count of
 * figures in, the results of the last import, and the departments' material with the checker's notes.
 * Every action is one call of {@link CollectionRound}; the report shown elsewhere is reloaded after
 * values changed ({@code reportChanged}).
 */
public final class CollectModel {

    /** A department as the table shows it. */
    public record DepartmentRow(Department department, String state, List<String> missing) {
        public String name() {
            return department.name();
        }
    }

    /** One of a department's figures: its value as stored and where the value came from (数据来源). */
    public record FigureRow(String metric, String value, String source) {
    }

    /** A paragraph of material, its department and what the checker says about it. */
    public record MaterialRow(Material material, String department, List<String> notes) {
        public String text() {
            return material.text();
        }
    }

    /** The officer's answers to the view's two questions. */
    public interface KeepChooser {
        /** Which value to keep when a form differs from the values entered; empty: decide later. */
        Optional<ReturnCheck.Keep> choose(String department, List<Conflict> conflicts);

        /** Whether a form without its identity sheet may be matched by names; by default not. */
        default boolean matchByName(String file, String department) {
            return false;
        }
    }

    private final ReportStore store;
    private final CollectionRound round;
    private final Messages m;
    private final LongSupplier reportId;
    private final Runnable reportChanged;
    private final KeepChooser chooser;
    private final ObservableList<DepartmentRow> departments = FXCollections.observableArrayList();
    private final ObservableList<String> messages = FXCollections.observableArrayList();
    private final ObservableList<MaterialRow> material = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private Department selected;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Executor background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);

    /** Imports run on the calling (FX) thread: for the tests that need no background. */
    public CollectModel(ReportStore store, Messages messages, LongSupplier reportId, Runnable reportChanged,
                        KeepChooser chooser) {
        this(store, messages, reportId, reportChanged, chooser, Runnable::run);
    }

    /** @param background where imports run, off the FX thread */
    public CollectModel(ReportStore store, Messages messages, LongSupplier reportId, Runnable reportChanged,
                        KeepChooser chooser, Executor background) {
        this.background = background;
        this.store = store;
        this.round = new CollectionRound(store);
        this.m = messages;
        this.reportId = reportId;
        this.reportChanged = reportChanged;
        this.chooser = chooser;
        refresh();
    }

    public ObservableList<DepartmentRow> departments() {
        return departments;
    }

    public ObservableList<String> messages() {
        return messages;
    }

    public ObservableList<MaterialRow> material() {
        return material;
    }

    /** The selected department's figures with their sources; empty when none is selected. */
    public ObservableList<FigureRow> figures() {
        return figures;
    }

    /** Shows a department's figures and where each came from (null: none). */
    public void select(Department department) {
        selected = department;
        if (department == null) {
            figures.clear();
            return;
        }
        long id = reportId.getAsLong();
        Map<Long, List<ValueRecord>> history = store.collection().history(id);
        figures.setAll(FormWriter.metricsOf(store.load(id), department).stream().map(metric -> {
            List<ValueRecord> values = history.getOrDefault(metric.id(), List.of());
            return new FigureRow(metric.name(), metric.value() == null ? ""
                    : metric.value().toPlainString() + metric.magnitude().word() + metric.unit(),
                    values.isEmpty() ? "" : org.nianbao.ui.tables.ValueSources.describe(values.get(values.size() - 1), m));
        }).toList());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Reads the departments, the count of figures and the material again from the store. */
    public void refresh() {
        long id = reportId.getAsLong();
        List<Department> stored = store.collection().departments(id);
        CollectionStatus status = CollectionStatus.of(store.load(id), stored);
        departments.setAll(status.lines().stream().map(l -> new DepartmentRow(l.department(),
                m.get("collect.state." + l.department().state().name()), l.missing())).toList());
        summary.set(m.format("collect.summary", status.figuresIn(), status.figuresOwed()));
        if (selected != null) {
            Department again = stored.stream().filter(d -> d.id().equals(selected.id())).findFirst().orElse(null);
            select(again);
        }
        material.setAll(materialOf(store, id));
    }

    /** The report's material with its departments and the checker's notes (reads the store; any thread). */
    static List<MaterialRow> materialOf(ReportStore store, long reportId) {
        Map<Long, String> names = new HashMap<>();
        store.collection().departments(reportId).forEach(d -> names.put(d.id(), d.name()));
        Map<Long, List<String>> notes = new HashMap<>();
        for (MaterialNote n : new CollectionRound(store).checkMaterial(reportId)) {
            notes.computeIfAbsent(n.materialId(), k -> new ArrayList<>()).add(n.toString());
        }
        return store.collection().material(reportId).stream().map(x -> new MaterialRow(x,
                names.getOrDefault(x.departmentId(), ""), notes.getOrDefault(x.id(), List.of()))).toList();
    }

    /** Makes every department's form in {@code folder} (they become 已发送); returns the files. */
    public List<Path> makeForms(Path folder, LocalDate deadline) {
        return act(() -> {
            List<Path> files = round.makeForms(reportId.getAsLong(), folder, deadline, LocalDateTime.now());
            messages.setAll(m.format("collect.formsWritten", files.size(), folder));
            return files;
        }).orElse(List.of());
    }

    /**
     * Takes dropped or chosen files off the FX thread, with progress: each .xlsx is a returned form,
     * validated and stored whole or not at all; each .docx/.txt is kept as material of {@code selected}
     * (the department chosen in the table). The view stays responsive; the outcome and refusals, in
     * Chinese, show when all are done. Files dropped while an import runs are refused, not queued.
     */
    public CompletableFuture<Void> takeFiles(List<Path> files, Department selected) {
        if (busy.get()) {
            messages.setAll(m.get("collect.busy"));
            return CompletableFuture.completedFuture(null);
        }
        messages.clear();
        busy.set(true);
        if (!files.isEmpty()) { // shown at once, before the import thread gets to it
            progress.set(m.format("collect.importing", 1, files.size(), files.get(0).getFileName()));
        }
        long id = reportId.getAsLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        background.execute(() -> {
            List<String> out = new ArrayList<>();
            boolean changed = false;
            try {
                for (int i = 0; i < files.size(); i++) {
                    Path file = files.get(i);
                    String progressLine = m.format("collect.importing", i + 1, files.size(), file.getFileName());
                    double share = (double) i / files.size();
                    FxThread.run(() -> {
                        progress.set(progressLine);
                        fraction.set(share);
                    });
                    changed |= take(id, file, selected, out);
                }
            } catch (RuntimeException e) {
                out.add(m.format("collect.refused", String.valueOf(e.getMessage())));
            }
            boolean reportChanges = changed;
            FxThread.run(() -> {
                messages.setAll(out);
                refresh();
                busy.set(false);
                progress.set("");
                fraction.set(0);
                if (reportChanges) {
                    reportChanged.run();
                }
                done.complete(null);
            });
        });
        return done;
    }

    /** True while files are being imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Which file of how many is being read, in Chinese; empty when idle. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The share of the files done, 0–1. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    private boolean take(long id, Path file, Department selected, List<String> out) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx") || name.endsWith(".txt")) {
                return keepMaterial(id, file, selected, out);
            }
            return importForm(id, file, ReturnCheck.Keep.ASK, false, out);
        } catch (BadInputException e) {
            out.add(m.format("collect.refused", e.chinese()));
            return false;
        }
    }

    private boolean keepMaterial(long id, Path file, Department selected, List<String> out) {
        if (selected == null) {
            out.add(m.get("collect.chooseDepartment"));
            return false;
        }
        int n = round.addMaterial(id, selected.name(), file, LocalDateTime.now());
        out.add(m.format("collect.materialKept", selected.name(), n));
        return false;
    }

    private boolean importForm(long id, Path file, ReturnCheck.Keep keep, boolean byName, List<String> out) {
        ReturnCheck.Options options = ReturnCheck.Options.defaults(LocalDateTime.now()).keeping(keep);
        CollectionRound.Outcome o;
        try {
            o = round.importForm(id, file, byName ? options.matchingByName() : options);
        } catch (NameMatchNeeded e) {
            if (!byName && FxThread.ask(() -> chooser.matchByName(file.getFileName().toString(), e.department()))) {
                return importForm(id, file, keep, true, out);
            }
            throw e;
        }
        ReturnResult r = o.result();
        String name = file.getFileName().toString();
        if (!o.stored() && r.problems().isEmpty() && keep == ReturnCheck.Keep.ASK) {
            Optional<ReturnCheck.Keep> chosen = FxThread.ask(() -> chooser.choose(r.department(), r.conflicts()));
            if (chosen.isPresent()) {
                return importForm(id, file, chosen.get(), byName, out);
            }
        }
        if (!o.stored()) {
            out.add(m.format("collect.notImported", name, r.department()));
            r.problems().stream().map(FormProblem::toString).forEach(out::add);
            r.conflicts().stream().map(c -> r.department() + "　指标!" + c.cell() + "：“" + c.metric() + "”已录入"
                    + c.entered().toPlainString() + "，表中为" + c.returned().toPlainString()).forEach(out::add);
            return false;
        }
        out.add(m.format("collect.imported", name, r.department(), r.form().values().size(),
                r.form().material().size()));
        if (keep == ReturnCheck.Keep.ENTERED) {
            out.add(m.get("collect.conflict.kept"));
        }
        r.notices().forEach(n -> out.add(r.department() + "　" + n));
        o.flags().forEach(f -> out.add("核对：" + f));
        return !r.form().values().isEmpty();
    }

    private <T> Optional<T> act(java.util.function.Supplier<T> action) {
        try {
            T result = action.get();
            refresh();
            return Optional.of(result);
        } catch (BadInputException e) {
            messages.setAll(e.chinese());
            return Optional.empty();
        }
    }
}
