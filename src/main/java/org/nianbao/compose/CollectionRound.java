package org.nianbao.compose;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.ReportChecker;
import org.nianbao.check.RuleId;
import org.nianbao.check.Severity;
import org.nianbao.collect.DepartmentFigures;
import org.nianbao.collect.FormReader;
import org.nianbao.collect.FormWriter;
import org.nianbao.collect.ReturnCheck;
import org.nianbao.collect.ReturnResult;
import org.nianbao.collect.ReturnedFile;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.BadInputException;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Material;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Section;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.store.CollectionStore;
import org.nianbao.store.ReportStore;

/**
 * The collection round of one report over the store: making the forms (and marking them sent),
 * importing a returned form (validated whole before anything is stored), and running the checker
 * afterwards so that a department's implausible figures are named before they reach the prose.
 */
public final class CollectionRound {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+(\\.\\d+)?");

    private final ReportStore store;
    private final CollectionStore collection;

    public CollectionRound(ReportStore store) {
        this.store = store;
        this.collection = store.collection();
    }

    /** What importing one file did. */
    public record Outcome(ReturnResult result, boolean stored, List<String> flags) {
        public Outcome {
            flags = List.copyOf(flags);
        }
    }

    /** Writes one form per department that reports a figure or owes material, and marks them sent. */
    public List<Path> makeForms(long reportId, Path folder, LocalDate deadline, LocalDateTime now) {
        Report report = store.load(reportId);
        List<Department> departments = collection.departments(reportId).stream()
                .filter(d -> !FormWriter.metricsOf(report, d).isEmpty() || !d.owes().isBlank())
                .toList();
        if (departments.isEmpty()) {
            throw new BadInputException("报告《" + report.title() + "》还没有报送部门（或指标未指定来源部门），无法生成数据收集表",
                    "the report has no departments with metrics; no form to make");
        }
        List<Path> files = new FormWriter().writeAll(report, departments, deadline, folder);
        collection.markSent(departments.stream().map(Department::id).toList(), now);
        return files;
    }

    /**
     * Reads, validates and (when it has no problem and no undecided conflict) stores one returned
     * form, all of it in one transaction; then checks the report and names the departments whose
     * figures are implausible. A file that is not a form of this report is refused with a
     * {@link BadInputException} and changes nothing; a form with problems only marks its department
     * 有问题.
     */
    public Outcome importForm(long reportId, Path file, ReturnCheck.Options options) {
        ReturnedFile read = new FormReader().read(file);
        Report report = store.load(reportId);
        List<Department> departments = collection.departments(reportId);
        ReturnResult result = new ReturnCheck().check(report, departments, read, options);
        long departmentId = departments.stream().filter(d -> d.name().equals(result.department()))
                .findFirst().orElseThrow().id();
        if (collection.alreadyReturned(departmentId, read.digest())) {
            throw new BadInputException("“" + read.fileName() + "”（" + result.department() + "）已经导入过，未重复导入",
                    read.fileName() + " was already imported; nothing was added");
        }
        if (!result.storable()) {
            if (!result.problems().isEmpty()) {
                collection.markProblems(departmentId, options.now());
            }
            return new Outcome(result, false, List.of());
        }
        collection.accept(result.form());
        return new Outcome(result, true, flags(store.load(reportId), Set.of(result.department())));
    }

    /**
     * Keeps the paragraphs of a .docx or .txt a department sent as its material (read with the
     * importer's refusals); returns how many. They never enter the report by themselves.
     */
    public int addMaterial(long reportId, String departmentName, Path file, LocalDateTime now) {
        Department d = collection.departments(reportId).stream().filter(x -> x.name().equals(departmentName))
                .findFirst().orElseThrow(() -> new BadInputException("本报告的部门名单中没有“" + departmentName + "”",
                        "no department " + departmentName + " in the report"));
        List<String> paragraphs = new ReportImporter().paragraphs(file);
        collection.addMaterial(d.id(), paragraphs, file.getFileName().toString(), now);
        return paragraphs.size();
    }

    /**
     * Checks every department's material like any text of the report (figures against each other and
     * against the metrics table, stale years, punctuation, enumerations); outline rules do not apply
     * to loose paragraphs. Warnings and errors only, in department and paragraph order.
     */
    public List<MaterialNote> checkMaterial(long reportId) {
        Report report = store.load(reportId);
        Map<Long, List<Material>> byDepartment = new LinkedHashMap<>();
        for (Material m : collection.material(reportId)) {
            byDepartment.computeIfAbsent(m.departmentId(), k -> new ArrayList<>()).add(m);
        }
        Map<Long, String> names = new HashMap<>();
        collection.departments(reportId).forEach(d -> names.put(d.id(), d.name()));
        List<MaterialNote> out = new ArrayList<>();
        ReportChecker checker = new ReportChecker();
        byDepartment.forEach((departmentId, material) -> {
            Section section = Section.of("一、" + names.get(departmentId) + "材料", HeadingStyle.STANDALONE,
                    material.stream().map(m -> new Paragraph(m.text())).toList(), List.of());
            Report alone = Report.blank(report.year(), report.title()).withMetrics(report.metrics())
                    .withSections(List.of(section));
            for (Finding f : checker.check(alone).findings()) {
                int p = f.location().paragraph();
                if (f.severity() == Severity.INFO || p < 0 || f.location().section().isEmpty()
                        || OUTLINE_RULES.contains(f.rule())) {
                    continue;
                }
                out.add(new MaterialNote(material.get(p).id(), names.get(departmentId), f.text(), f.message(),
                        f.severity() == Severity.ERROR));
            }
        });
        return out;
    }

    private static final Set<String> OUTLINE_RULES = Set.of(RuleId.OUTLINE.id(),
            RuleId.NUMBERING.id());

    /**
     * The checker's errors and the departments' own implausible pairs that concern the given
     * departments' figures, each starting with the department's name.
     */
    public static List<String> flags(Report report, Set<String> departments) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : DepartmentFigures.implausible(report)) {
            if (departments.stream().anyMatch(d -> line.startsWith(d + "："))) {
                out.add(line);
            }
        }
        CheckReport checked = new ReportChecker().check(report);
        for (Finding f : checked.findings()) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            for (Metric m : report.metrics()) {
                if (departments.contains(m.department()) && concerns(f, m)) {
                    out.add(m.department() + "：" + f.message());
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A finding concerns a metric when it names it or uses its value as an input. */
    private static boolean concerns(Finding f, Metric m) {
        if (f.text().contains(m.name()) || f.inputs().containsKey(m.name())) {
            return true;
        }
        if (m.value() == null) {
            return false;
        }
        for (String input : f.inputs().values()) {
            Matcher number = LEADING_NUMBER.matcher(input.replace(",", ""));
            if (number.find() && new BigDecimal(number.group()).compareTo(m.value()) == 0) {
                return true;
            }
        }
        return false;
    }
}
