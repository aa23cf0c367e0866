package org.lantu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules of the code's shape that the module test does not cover. */
class ArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lantu");
    }

    @Test
    void onlyTheCommandLineWritesToTheTerminal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.lantu.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void documentLibrariesStayInIngestion() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.lantu.ingest..", "org.lantu.report..", "org.lantu.monitor..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.poi..", "org.apache.pdfbox..", "org.jsoup..", "org.mozilla.universalchardet..")
                .check(classes);
    }

    @Test
    void chineseSegmentationStaysInIngestionAndAlignment() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.lantu.ingest..", "org.lantu.align..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.hankcs..")
                .check(classes);
    }

    @Test
    void picocliStaysInTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.lantu.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void ingestionRunsWithoutSpring() {
        noClasses()
                .that()
                .resideInAPackage("org.lantu.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void theCatalogAndReviewRunWithoutSpring() {
        noClasses()
                .that()
                .resideInAnyPackage("org.lantu.catalog..", "org.lantu.review..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void thePlanModelIsPlainJava() {
        noClasses()
                .that(new DescribedPredicate<JavaClass>("are the plan model (records, enums, PlanJson)") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getPackageName().equals("org.lantu.plan")
                                && (c.isRecord()
                                        || c.isEnum()
                                        || c.getSimpleName().equals("PlanJson"));
                    }
                })
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void thePlanModelDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.lantu.plan..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.lantu.ingest..", "org.lantu.cli..")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields()
                .should()
                .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .check(classes);
    }
}
