package org.sequestra.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * The house rules of DESIGN.md §1 as ArchUnit rules, written once here and applied by a small test
 * class in every module (shared through the platform's test-jar).
 *
 * <p>Rules look at a module's own main classes only ({@link #mainClasses()}): what its dependencies
 * or its tests do is their own module's business. The trace-engine shares the root package {@code
 * org.sequestra.trace} with the financial-trace-service, so importing by package would mix the two.
 */
public final class HouseRules {

  /** Frameworks a domain core must not know: Spring, JPA, Hibernate, Jackson (2 and 3). */
  static final String[] FRAMEWORKS = {
    "org.springframework..",
    "jakarta.persistence..",
    "org.hibernate..",
    "com.fasterxml.jackson..",
    "tools.jackson.."
  };

  /** Suffixes of the classes that may use generated API models: the HTTP boundary. */
  static final Set<String> BOUNDARY_SUFFIXES = Set.of("Controller", "Mapper", "MapperImpl");

  /**
   * Generated API models ({@code *.api.model.*Dto}) belong only in controllers and MapStruct
   * mappers (and the generated API code itself); services take and return domain objects.
   *
   * <p>A client generated from another service's contract (e.g. {@code ..registry.client.model..})
   * is not covered: its models are what the calling service sends, and a contract change must break
   * that caller's compile.
   */
  public static final ArchRule GENERATED_MODELS_ONLY_AT_THE_BOUNDARY =
      noClasses()
          .that()
          .resideOutsideOfPackage("..api..")
          .and(not(atTheBoundary()))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..api.model..")
          .as("generated API models are used only by controllers and mappers")
          .because("services work on domain commands and objects (DESIGN.md §1)");

  private HouseRules() {}

  /**
   * The main classes of the module under test ({@code target/classes}, the working directory of
   * Surefire being the module's folder), generated sources included, tests and jars excluded.
   */
  public static JavaClasses mainClasses() {
    Path classes = Path.of("target", "classes");
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("no compiled classes at " + classes.toAbsolutePath());
    }
    return new ClassFileImporter().importPath(classes);
  }

  /**
   * Domain cores are plain Java: the classes in these packages import no Spring, JPA, Hibernate or
   * Jackson. Package identifiers use ArchUnit syntax ({@code org.sequestra.freezing.deadline..}).
   */
  public static ArchRule domainCoreInPackages(String... packageIdentifiers) {
    return noFrameworks(
        resideInAnyPackage(packageIdentifiers)
            .as("domain core in " + String.join(", ", packageIdentifiers)));
  }

  /**
   * The same for domain classes named one by one, where a feature package holds the domain core
   * next to its controller, entity and service. Nested classes of those classes count too.
   */
  public static ArchRule domainCoreClasses(String... fullyQualifiedNames) {
    Set<String> names = Set.of(fullyQualifiedNames);
    return noFrameworks(
        DescribedPredicate.describe(
            "domain core " + Arrays.toString(fullyQualifiedNames),
            (JavaClass javaClass) -> names.contains(topLevel(javaClass).getName())));
  }

  private static ArchRule noFrameworks(DescribedPredicate<JavaClass> core) {
    return noClasses()
        .that(core)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .as("no " + core.getDescription() + " depends on Spring, JPA, Hibernate or Jackson")
        .because("domain logic is plain Java, easy to test and to read (DESIGN.md §1)");
  }

  /**
   * No cycles between the feature packages of a service ({@code org.sequestra.registry.cases},
   * {@code ...asset}, ...): each top-level package below the root is one slice.
   */
  public static ArchRule featuresFreeOfCycles(String rootPackage) {
    return slices()
        .matching(rootPackage + ".(*)..")
        .namingSlices("feature $1")
        .should()
        .beFreeOfCycles()
        .as("feature packages of " + rootPackage + " are free of cycles");
  }

  /**
   * The module uses Sequestra code only from these packages: its own, the platform, and the
   * libraries it declares (the trace-engine for the financial-trace-service). So no service imports
   * another's code; services talk through their contracts.
   */
  public static ArchRule usesSequestraCodeOnlyFrom(String... packageIdentifiers) {
    return noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.sequestra..")
                .and(not(resideInAnyPackage(packageIdentifiers)))
                .as("Sequestra code outside " + String.join(", ", packageIdentifiers)))
        .because("a service calls another only through its contract (DESIGN.md §1)");
  }

  private static DescribedPredicate<JavaClass> atTheBoundary() {
    return DescribedPredicate.describe(
        "controllers and mappers (names ending in " + BOUNDARY_SUFFIXES + ")",
        (JavaClass javaClass) -> {
          String name = topLevel(javaClass).getSimpleName();
          return BOUNDARY_SUFFIXES.stream().anyMatch(name::endsWith);
        });
  }

  /** Nested and anonymous classes belong to the class they are written in. */
  private static JavaClass topLevel(JavaClass javaClass) {
    JavaClass outer = javaClass;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }
}
