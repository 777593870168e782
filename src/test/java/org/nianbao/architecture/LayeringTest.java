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
            .layer("Services").definedBy("org.nianbao.importing..", "org.nianbao.check..",
                    "org.nianbao.export..", "org.nianbao.store..")
            .layer("Figures").definedBy("org.nianbao.figures..")
            .layer("Text").definedBy("org.nianbao.text..")
            .layer("Model").definedBy("org.nianbao.model..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Services")
            .whereLayer("Figures").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Services")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Services", "Figures")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Services", "Figures", "Text");

    @ArchTest
    static final ArchRule servicesStayIndependentOfEachOther = noClasses()
            .that().resideInAnyPackage("org.nianbao.importing..", "org.nianbao.check..", "org.nianbao.export..")
            .should().dependOnClassesThat().resideInAPackage("org.nianbao.store..")
            .because("reading, checking and exporting work on the model, whatever store it came from");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("org.nianbao.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyImportAndExportUsePoi = noClasses()
            .that().resideOutsideOfPackages("org.nianbao.importing..", "org.nianbao.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..");

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
}
