package org.nianbao.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/ARCHITECTURE.md: a wrong import fails the build. */
@AnalyzeClasses(packages = "org.nianbao", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layersDependDownwardOnly = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.nianbao..")
            .layer("Launcher").definedBy("org.nianbao")
            .layer("UI").definedBy("org.nianbao.ui..")
            .layer("CLI").definedBy("org.nianbao.cli..")
            .layer("Coordination").definedBy("org.nianbao.compose..")
            .layer("Services").definedBy("org.nianbao.importing..", "org.nianbao.check..",
                    "org.nianbao.export..", "org.nianbao.store..", "org.nianbao.review..", "org.nianbao.collect..",
                    "org.nianbao.layout..")
            .layer("Figures").definedBy("org.nianbao.figures..")
            .layer("Text").definedBy("org.nianbao.text..", "org.nianbao.files..")
            .layer("Model").definedBy("org.nianbao.model..", "org.nianbao.format..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Coordination").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Coordination", "Services")
            .whereLayer("Figures").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Coordination", "Services")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Coordination", "Services", "Figures")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Coordination", "Services", "Figures",
                    "Text");

    @ArchTest
    static final ArchRule servicesStayIndependentOfEachOther = noClasses()
            .that().resideInAnyPackage("org.nianbao.importing..", "org.nianbao.check..", "org.nianbao.export..",
                    "org.nianbao.review..", "org.nianbao.collect..", "org.nianbao.layout..")
            .should().dependOnClassesThat().resideInAPackage("org.nianbao.store..")
            .because("reading, checking and exporting work on the model, whatever store it came from");

    @ArchTest
    static final ArchRule theReviewReaderUsesNoOtherService = noClasses()
            .that().resideInAPackage("org.nianbao.review..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.importing..", "org.nianbao.check..",
                    "org.nianbao.export..")
            .because("services do not use each other (decision 0002); org.nianbao.compose composes them");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("org.nianbao.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyImportAndExportUsePoi = noClasses()
            .that().resideOutsideOfPackages("org.nianbao.importing..", "org.nianbao.export..", "org.nianbao.collect..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..");

    @ArchTest
    static final ArchRule collectingUsesNoOtherService = noClasses()
            .that().resideInAPackage("org.nianbao.collect..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.importing..", "org.nianbao.check..",
                    "org.nianbao.export..")
            .because("decision 0002: the cli and the window compose collecting with checking");

    @ArchTest
    static final ArchRule exportAndLayoutStayApart = noClasses()
            .that().resideInAPackage("org.nianbao.layout..")
            .should().dependOnClassesThat().resideInAPackage("org.nianbao.export..")
            .orShould().dependOnClassesThat().resideInAPackage("org.nianbao.check..")
            .because("services do not use each other (decision 0002): the numbers they share are in format");

    @ArchTest
    static final ArchRule theLayoutEngineWritesNoFileFormat = noClasses()
            .that().resideInAPackage("org.nianbao.layout")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.ofdrw..")
            .because("the pages are one layout; the PDF and OFD writers (layout.pdf, layout.ofd) only print them");

    @ArchTest
    static final ArchRule onlyTheOfdWriterUsesOfdrw = noClasses()
            .that().resideOutsideOfPackage("org.nianbao.layout.ofd..")
            .should().dependOnClassesThat().resideInAPackage("org.ofdrw..")
            .because("the OFD writer prints the layout's pages; nothing else needs the OFD library");

    @ArchTest
    static final ArchRule nothingBelowTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.nianbao.ui..", "org.nianbao")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule uiAndCliNeverUseEachOther = noClasses()
            .that().resideInAPackage("org.nianbao.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.nianbao.cli..");

    @ArchTest
    static final ArchRule theModelIsPlainJava = noClasses()
            .that().resideInAPackage("org.nianbao.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "picocli..");

    /** The window's feature views (issue 10) show and forward: the engines are reached through view models. */
    @ArchTest
    static final ArchRule documentViewsUseNoEngineDirectly = noClasses()
            .that().resideInAPackage("org.nianbao.ui.document..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nianbao.store..", "org.nianbao.check..",
                    "org.nianbao.export..", "org.nianbao.importing..");
}
