package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.collect.CollectionStatus;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Material;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.store.SampleData;
import org.nianbao.testing.BadFiles;

class CollectionRoundTest {

    static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 16, 10, 0);

    @TempDir
    Path dir;
    ReportStore store;
    CollectionRound round;
    Report report;

    @BeforeEach
    void sample() {
        store = ReportStore.open(dir.resolve("n.db"));
        Report read = new ReportImporter().read(SampleData.writeTo(dir.resolve("s"))).withMetrics(SampleData.metrics());
        report = store.insert(read);
        store.collection().addDepartments(report.id(), SampleData.departmentsOf(report));
        round = new CollectionRound(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void materialFromATextFileIsKeptUnderItsDepartmentAndCheckedButNotMerged() throws Exception {
        Path txt = Files.writeString(dir.resolve("信访局材料.txt"), """
                全年受理信访事项1250件，办结1203件，办结率96.47%。
                深化信访工作法治化，按期办结率持续提高。
                """);
        assertThat(round.addMaterial(report.id(), "区信访局", txt, NOW)).isEqualTo(2);
        List<Material> kept = store.collection().material(report.id());
        assertThat(kept).extracting(Material::text).containsExactly("全年受理信访事项1250件，办结1203件，办结率96.47%。",
                "深化信访工作法治化，按期办结率持续提高。");
        assertThat(kept.get(0).source()).isEqualTo("信访局材料.txt");
        List<MaterialNote> notes = round.checkMaterial(report.id());
        // 1203 ÷ 1250 = 96.24%, and the metrics table says 1247
        assertThat(notes).allSatisfy(n -> assertThat(n.department()).isEqualTo("区信访局"))
                .anyMatch(n -> n.error() && n.message().contains("96.24"))
                .anyMatch(n -> n.message().contains("1247"));
        assertThat(notes).allSatisfy(n -> assertThat(n.materialId()).isEqualTo(kept.get(0).id()));
        assertThat(store.load(report.id()).sections()).isEqualTo(report.sections());
    }

    @Test
    void materialThatIsNotTextOrWordIsRefusedAndNothingKept() throws Exception {
        Path png = BadFiles.write(dir, "材料.txt", BadFiles.png());
        assertThatThrownBy(() -> round.addMaterial(report.id(), "区信访局", png, NOW)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> round.addMaterial(report.id(), "区外事办", png, NOW))
                .isInstanceOf(BadInputException.class).hasMessageContaining("区外事办");
        assertThat(store.collection().material(report.id())).isEmpty();
    }

    @Test
    void theStatusCountsTheFiguresInAndNamesWhatIsMissing() {
        Metric closed = report.metrics().stream().filter(m -> m.name().equals("办结信访事项")).findFirst().orElseThrow();
        store.saveMetric(report.id(), closed.withValue(null));
        CollectionStatus status = CollectionStatus.of(store.load(report.id()), store.collection().departments(report.id()));
        assertThat(status.figuresOwed()).isEqualTo(SampleData.metrics().size());
        assertThat(status.figuresIn()).isEqualTo(SampleData.metrics().size() - 1);
        assertThat(status.lines()).filteredOn(l -> l.department().name().equals("区信访局"))
                .singleElement().satisfies(l -> assertThat(l.missing()).containsExactly("办结信访事项"));
    }
}
