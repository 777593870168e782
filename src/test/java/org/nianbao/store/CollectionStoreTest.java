package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.CollectionState;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.model.ReturnedForm;
import org.nianbao.model.ValueRecord;

class CollectionStoreTest {

    static final LocalDateTime MONDAY = LocalDateTime.of(2024, 1, 8, 9, 30);

    @TempDir
    Path dir;
    ReportStore store;
    CollectionStore collection;
    Report report;
    Department petitions;

    @BeforeEach
    void open() {
        store = ReportStore.open(dir.resolve("nianbao.db"));
        collection = store.collection();
        Metric received = Metric.count("受理信访事项", null, "件");
        Metric closed = Metric.count("办结信访事项", null, "件");
        report = store.insert(Report.blank(2023, "示例区2023年法治政府建设年度报告").withMetrics(List.of(
                dept(received, "区信访局"), dept(closed, "区信访局"))));
        petitions = collection.addDepartments(report.id(), List.of(Department.of("区信访局", "赵磊", "0000-1", ""))).get(0);
    }

    private static Metric dept(Metric m, String department) {
        return new Metric(null, m.name(), m.value(), m.unit(), m.magnitude(), false, department, null, "", null, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ReturnedForm form(String digest, String... values) {
        List<ReturnedForm.Value> v = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            v.add(new ReturnedForm.Value(report.metrics().get(i).id(), new BigDecimal(values[i]), "区信访局"));
        }
        return new ReturnedForm(report.id(), petitions.id(), "区信访局", v, List.of("全年受理信访事项1247件。"),
                "区信访局.xlsx", digest, MONDAY, "区信访局", values.length == 2);
    }

    @Test
    void departmentsAreStoredInOrderAndANameIsTakenOnce() {
        collection.saveDepartment(report.id(), Department.of("区司法局", "", "", "（六）"));
        assertThat(collection.departments(report.id())).extracting(Department::name).containsExactly("区信访局", "区司法局");
        assertThatThrownBy(() -> collection.saveDepartment(report.id(), Department.of("区信访局", "", "", "")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("区信访局");
    }

    @Test
    void sendingMarksTheTimeAndDoesNotUndoAReturn() {
        collection.markSent(List.of(petitions.id()), MONDAY);
        Department sent = collection.departments(report.id()).get(0);
        assertThat(sent.state()).isEqualTo(CollectionState.SENT);
        assertThat(sent.sentAt()).isEqualTo(MONDAY);
        collection.accept(form("aa", "1247", "1203"));
        collection.markSent(List.of(petitions.id()), MONDAY.plusDays(1));
        assertThat(collection.departments(report.id()).get(0).state()).isEqualTo(CollectionState.COMPLETE);
    }

    @Test
    void anAcceptedFormSetsTheValuesKeepsTheirHistoryAndTheMaterial() {
        collection.accept(form("aa", "1247"));
        collection.accept(form("bb", "1250", "1203"));
        Report stored = store.load(report.id());
        assertThat(stored.metrics()).extracting(Metric::value).containsExactly(new BigDecimal("1250"), new BigDecimal("1203"));
        Map<Long, List<ValueRecord>> history = collection.history(report.id());
        assertThat(history.get(report.metrics().get(0).id())).extracting(ValueRecord::value)
                .containsExactly(new BigDecimal("1247"), new BigDecimal("1250"));
        ValueRecord first = history.get(report.metrics().get(0).id()).get(0);
        assertThat(first.department()).isEqualTo("区信访局");
        assertThat(first.file()).isEqualTo("区信访局.xlsx");
        assertThat(first.at()).isEqualTo(MONDAY);
        assertThat(collection.material(report.id())).hasSize(2);
        Department d = collection.departments(report.id()).get(0);
        assertThat(d.state()).isEqualTo(CollectionState.COMPLETE);
        assertThat(d.returnedAt()).isEqualTo(MONDAY);
    }

    @Test
    void theSameFileTwiceIsRefusedAndAddsNothing() {
        collection.accept(form("aa", "1247", "1203"));
        assertThat(collection.alreadyReturned(petitions.id(), "aa")).isTrue();
        assertThatThrownBy(() -> collection.accept(form("aa", "1247", "1203")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("已经导入过");
        assertThat(collection.history(report.id()).get(report.metrics().get(0).id())).hasSize(1);
        assertThat(collection.material(report.id())).hasSize(1);
    }

    @Test
    void aFormForAMetricOfAnotherReportIsRolledBackWhole() {
        Report other = store.insert(Report.blank(2023, "另一报告").withMetrics(List.of(Metric.count("x", null, "件"))));
        ReturnedForm bad = new ReturnedForm(report.id(), petitions.id(), "区信访局", List.of(
                new ReturnedForm.Value(report.metrics().get(0).id(), BigDecimal.ONE, "区信访局"),
                new ReturnedForm.Value(other.metrics().get(0).id(), BigDecimal.TEN, "区信访局")),
                List.of("素材"), "f.xlsx", "cc", MONDAY, "区信访局", true);
        assertThatThrownBy(() -> collection.accept(bad)).isInstanceOf(StoreException.class);
        assertThat(store.load(report.id()).metrics().get(0).value()).isNull();
        assertThat(collection.history(report.id())).isEmpty();
        assertThat(collection.material(report.id())).isEmpty();
        assertThat(collection.alreadyReturned(petitions.id(), "cc")).isFalse();
    }

    @Test
    void theSampleNamesADepartmentForEveryMetric() {
        List<Metric> metrics = SampleData.metrics();
        List<String> names = SampleData.departments().stream().map(Department::name).toList();
        assertThat(metrics).hasSizeGreaterThan(15).allSatisfy(m -> assertThat(names).contains(m.department()));
        assertThat(names).allSatisfy(n -> assertThat(metrics).anyMatch(m -> m.department().equals(n)));
        Report sample = Report.blank(2023, "示例").withMetrics(metrics);
        assertThat(SampleData.departmentsOf(sample)).hasSameSizeAs(names);
        assertThat(SampleData.departmentsOf(Report.blank(2023, "新报告"))).isEmpty();
    }
}
