package se.delbart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the feature modules honest and writes their documentation (PlantUML) to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DelbartApplication.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.delbart");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void domainCodeDoesNotDependOnTheWebOrOnSecurity() {
        noClasses().that().resideInAnyPackage("se.delbart.catalog", "se.delbart.municipality", "se.delbart.shared")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.security..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void onlyTheDemoModuleKnowsAboutDemoContent() {
        noClasses().that().resideOutsideOfPackage("se.delbart.demo..").should().dependOnClassesThat()
                .resideInAPackage("se.delbart.demo..").check(classes);
    }

    @Test
    void writeDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
