package org.nianbao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The export is a sequence of blocks (header block, title, main text, closing, attachments, end
 * block), each behind one interface, composed in one place, none borrowing from another; the
 * low-level WordprocessingML writers live in a package of their own, below the blocks and the
 * template builder.
 */
@AnalyzeClasses(packages = "org.nianbao.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportBlocksTest {

    private static final String BLOCK = "org.nianbao.export.DocumentBlock";

    private static final DescribedPredicate<JavaClass> A_BLOCK = JavaClass.Predicates.implement(BLOCK)
            .as("a document block");

    @ArchTest
    static final ArchRule noBlockBorrowsFromAnother = noClasses().that(A_BLOCK)
            .should().dependOnClassesThat(A_BLOCK)
            .because("what two blocks share belongs to the body writer or the report text, not to a block");

    @ArchTest
    static final ArchRule blocksAreComposedInOnePlace = classes().that(A_BLOCK)
            .should().onlyHaveDependentClassesThat().haveFullyQualifiedName("org.nianbao.export.DocxExporter")
            .because("DocxExporter.blocks is the one place that puts the document together");

    @ArchTest
    static final ArchRule everyBlockOfTheStandardIsOne = classes()
            .that().haveSimpleNameEndingWith("Writer").and().doNotHaveSimpleName("BodyWriter")
            .and().doNotHaveSimpleName("PackageWriter").and().doNotHaveSimpleName("AtomicFileWriter")
            .should().implement(BLOCK);

    @ArchTest
    static final ArchRule theXmlWritersKnowNothingOfTheDocument = noClasses()
            .that().resideInAPackage("org.nianbao.export.xml")
            .should().dependOnClassesThat().resideInAPackage("org.nianbao.export")
            .because("runs, paragraph properties and escaping serve the template builder and the blocks alike");
}
