package org.nianbao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the window's code (issue 10, decision 0015): feature packages, views, one dialog service. */
@AnalyzeClasses(packages = "org.nianbao.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiShapeTest {

    /**
     * Every dialog goes through {@code ui.common.DialogService}: a view or view model that built its own
     * Alert or chooser would open a window a test cannot answer. (A form that is itself a dialog, such
     * as the report settings, extends {@code Dialog} and is shown by its caller.)
     */
    @ArchTest
    static final ArchRule dialogsOnlyThroughTheDialogService = noClasses()
            .that().doNotHaveFullyQualifiedName("org.nianbao.ui.common.FxDialogService")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.TextInputDialog")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.ChoiceDialog")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
            .because("tests answer dialogs through DialogService without a window");
}
