package org.nianbao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the window's code (issue 10, decision 0016): feature packages, views, one dialog service. */
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

    /** The classes that show: a view binds controls and forwards; its view model holds state and calls the engines. */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "views (*View, *Pane, *Dialog, *Window, *Tab, *Bar)",
            c -> c.getName().matches("org\\.nianbao\\.ui\\..*\\.[A-Za-z]*(View|Pane|Dialog|Window|Tab|Bar)(\\$.*)?"));

    /**
     * The engines: the store, the checker, export and import, and the working classes of the coordinating
     * compose package and of review, collect and layout. Their records, enums and exceptions are data a
     * view may show or pass on (a page of the layout, a department's conflict, an export format).
     */
    private static final DescribedPredicate<JavaClass> ENGINES = DescribedPredicate.describe(
            "engines (store, check, export, importing; compose, review, collect, layout but their data)",
            c -> c.getPackageName().matches("org\\.nianbao\\.(store|check|export|importing)(\\..*)?")
                    || c.getPackageName().matches("org\\.nianbao\\.(compose|review|collect|layout)(\\..*)?")
                    && !isData(c));

    @ArchTest
    static final ArchRule viewsReachTheEnginesThroughViewModels = noClasses()
            .that(VIEWS)
            .should().dependOnClassesThat(ENGINES)
            .because("a view only binds controls; its view model calls the engines and is tested without a window");

    private static boolean isData(JavaClass c) {
        return c.isEnum() || c.isAssignableTo(Throwable.class) || c.getRawSuperclass()
                .map(s -> s.getName().equals("java.lang.Record")).orElse(false);
    }
}
