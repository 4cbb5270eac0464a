package dev.podwright.validation.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.emit.EmitOptions;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Port;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeType;
import dev.podwright.model.WorkloadKind;
import dev.podwright.validation.policy.HostPolicy;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionValidatorTest {

  private static final WorkloadKind SOURCE =
      WorkloadKind.builder("source")
          .noSidecars()
          .because("Numaflow source vertices do not support sidecars")
          .build();
  private static final WorkloadKind UDF = WorkloadKind.builder("udf").build();

  private static Sidecar sidecar(String name) {
    return Sidecar.builder(name).image("busybox:1.36").build();
  }

  private static Composition.Builder vertex(WorkloadKind kind) {
    return Composition.builder()
        .kind(kind)
        .mainContainer(ContainerSpec.builder("main").image("numaflow/source:1.4").build());
  }

  private static List<Violation> only(ValidationReport report, String ruleId) {
    return report.byRule(ruleId);
  }

  @Test
  void aSourceVertexTakesNoSidecarsAndSaysWhy() {
    ValidationReport report =
        CompositionValidator.standard()
            .validate(vertex(SOURCE).sidecar(sidecar("tap")).build())
            .report();

    assertThat(only(report, "KIND_SIDECARS_NOT_ALLOWED"))
        .extracting(Violation::path, Violation::severity, Violation::value, Violation::message)
        .containsExactly(
            tuple(
                "sidecars[0]",
                Severity.ERROR,
                "tap",
                "sidecar \"tap\" (owned by user) is not allowed: workload kind \"source\" takes no"
                    + " user-owned sidecars"
                    + " (Numaflow source vertices do not support sidecars)."));
    assertThat(report.isValid()).isFalse();
    assertThat(only(report, "KIND_SIDECARS_NOT_ALLOWED").get(0).hint())
        .isEqualTo("Remove the sidecars, or move them to a workload kind that allows them.");
  }

  @Test
  void aUdfVertexTakesSidecars() {
    ValidationReport report =
        CompositionValidator.standard()
            .validate(vertex(UDF).sidecar(sidecar("tap")).build())
            .report();
    assertThat(only(report, "KIND_SIDECARS_NOT_ALLOWED")).isEmpty();
  }

  @Test
  void kindsRestrictInitContainersVolumeTypesAndSidecarCounts() {
    WorkloadKind strict =
        WorkloadKind.builder("strict")
            .noInitContainers()
            .allowVolumeTypes(VolumeType.EMPTY_DIR, VolumeType.CONFIG_MAP)
            .maxSidecars(1)
            .build();
    Composition composition =
        vertex(strict)
            .sidecar(sidecar("a"))
            .sidecar(sidecar("b"))
            .initContainer(InitContainer.builder("setup").image("busybox:1.36").build())
            .volume(Volume.emptyDir("ok"))
            .volume(Volume.hostPath("node", "/var/run"))
            .build();

    ValidationReport report = CompositionValidator.standard().validate(composition).report();

    assertThat(only(report, "KIND_INIT_CONTAINERS_NOT_ALLOWED"))
        .extracting(Violation::path)
        .containsExactly("initContainers[0]");
    assertThat(only(report, "KIND_VOLUME_TYPE_NOT_ALLOWED"))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            tuple(
                "volumes[1]",
                "volume \"node\" is of type HOST_PATH, which workload kind \"strict\" does not"
                    + " allow; allowed: [EMPTY_DIR, CONFIG_MAP]."));
    assertThat(only(report, "KIND_TOO_MANY_SIDECARS"))
        .extracting(Violation::path, Violation::value)
        .containsExactly(tuple("sidecars", "2"));
  }

  @Test
  void feldaraStylePolicyForbidsNativeSidecarsButNotClassicOnes() {
    HostPolicy noInit = HostPolicy.builder().allowInitContainers(false).build();
    Composition composition = vertex(UDF).sidecar(sidecar("example")).build();

    ValidationReport nativeReport =
        CompositionValidator.builder().policy(noInit).build().validate(composition).report();
    assertThat(only(nativeReport, "COMPOSITION_SIDECARS_FORBIDDEN"))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            tuple(
                "sidecars[0]",
                "sidecar \"example\" is not allowed: the platform operator has disabled init"
                    + " containers (and so native sidecars)."));

    ValidationReport classicReport =
        CompositionValidator.builder()
            .policy(noInit)
            .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
            .build()
            .validate(composition)
            .report();
    assertThat(only(classicReport, "COMPOSITION_SIDECARS_FORBIDDEN")).isEmpty();

    ValidationReport noSidecars =
        CompositionValidator.builder()
            .policy(HostPolicy.builder().allowSidecars(false).build())
            .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
            .build()
            .validate(composition)
            .report();
    assertThat(only(noSidecars, "COMPOSITION_SIDECARS_FORBIDDEN"))
        .extracting(Violation::message)
        .containsExactly(
            "sidecar \"example\" is not allowed: the platform operator has disabled sidecars.");
  }

  @Test
  void policyLimitsSidecarsAndReservesNames() {
    HostPolicy policy =
        HostPolicy.builder().maxSidecars(1).reservedContainerNames("numa", "monitor").build();
    Composition composition =
        vertex(UDF)
            .sidecar(sidecar("monitor"))
            .sidecar(sidecar("ok"))
            .initContainer(InitContainer.builder("numa").image("busybox:1.36").build())
            .build();

    ValidationReport report =
        CompositionValidator.builder().policy(policy).build().validate(composition).report();

    assertThat(only(report, "COMPOSITION_TOO_MANY_SIDECARS"))
        .extracting(Violation::path, Violation::message)
        .containsExactly(tuple("sidecars", "2 sidecars, but the host policy allows at most 1."));
    assertThat(only(report, "COMPOSITION_RESERVED_CONTAINER_NAME"))
        .extracting(Violation::path)
        .containsExactly("sidecars[0].name", "initContainers[0].name");
  }

  @Test
  void duplicateContainerNamesAreReportedOnceUnderTheApiServersIdAtTheSecondDeclaration() {
    Composition composition =
        vertex(UDF)
            .sidecar(sidecar("mycar1"))
            .sidecar(sidecar("mycar1"))
            .initContainer(InitContainer.builder("main").image("busybox:1.36").build())
            .build();

    ValidationReport report = CompositionValidator.standard().validate(composition).report();

    assertThat(report.violations())
        .extracting(Violation::ruleId, Violation::severity, Violation::path, Violation::message)
        .containsExactly(
            tuple(
                "CONTAINER_NAME_UNIQUE_INIT",
                Severity.ERROR,
                "sidecars[1].name",
                "Duplicate value: \"mycar1\": the name is already used by"
                    + " spec.initContainers[0]."),
            tuple(
                "CONTAINER_NAME_UNIQUE_INIT",
                Severity.ERROR,
                "initContainers[0].name",
                "Duplicate value: \"main\": the name is already used by spec.containers[0]."));
  }

  @Test
  void aDuplicateWithinTheHostsBaseSpecKeepsItsSpecPath() {
    V1PodSpec base =
        new V1PodSpec()
            .containers(
                List.of(
                    new V1Container().name("app").image("busybox:1.36"),
                    new V1Container().name("app").image("busybox:1.36")));

    ValidationReport report =
        CompositionValidator.standard().validate(Composition.builder().build(), base).report();

    assertThat(report.violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("CONTAINER_NAME_UNIQUE_REGULAR", "spec.containers[1].name"));
  }

  @Test
  void modelConstraintsAreReportedAtDeclarationPaths() {
    Composition composition =
        vertex(UDF)
            .sidecar(Sidecar.builder("").image("busybox:1.36").port(Port.of(70000)).build())
            .volume(Volume.emptyDir(" "))
            .build();

    ValidationReport report =
        CompositionValidator.builder()
            .modelConstraints(true)
            .build()
            .validate(composition)
            .report();

    assertThat(only(report, "MODEL_CONSTRAINT"))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            tuple("sidecars[0].name", "sidecars[0].name must not be blank"),
            tuple(
                "sidecars[0].ports[0].containerPort",
                "sidecars[0].ports[0].containerPort must be less than or equal to 65535"),
            tuple("volumes[0].name", "volumes[0].name must not be blank"));
  }

  @Test
  void withoutModelConstraintsTheSameProblemsAreFoundOnTheEmittedSpec() {
    Composition composition =
        vertex(UDF)
            .sidecar(Sidecar.builder("").image("busybox:1.36").port(Port.of(70000)).build())
            .volume(Volume.emptyDir(" "))
            .build();

    ValidationReport report = CompositionValidator.standard().validate(composition).report();

    assertThat(report.violations())
        .extracting(Violation::ruleId)
        .doesNotContain("MODEL_CONSTRAINT");
    assertThat(report.errors())
        .extracting(Violation::ruleId, Violation::path)
        .contains(
            tuple("CONTAINER_NAME_REQUIRED", "spec.initContainers[0].name"),
            tuple("PORT_CONTAINERPORT", "spec.initContainers[0].ports[0].containerPort"),
            tuple("VOLUME_NAME_DNS1123", "spec.volumes[0].name"));
  }

  @Test
  void collisionsWithTheBaseSpecBecomeViolationsAndNoSpec() {
    V1PodSpec base = new V1PodSpec();
    base.setContainers(
        new ArrayList<>(List.of(new V1Container().name("main").image("numaflow/source:1.3"))));

    CompositionValidator.Result result =
        CompositionValidator.standard().validate(vertex(UDF).build(), base);

    assertThat(result.spec()).isNull();
    assertThat(result.report().violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("MERGE_CONFLICT", "spec.containers[0].image"));
  }

  @Test
  void aCleanCompositionGivesItsSpec() {
    CompositionValidator.Result result =
        CompositionValidator.standard().validate(vertex(UDF).sidecar(sidecar("tap")).build());
    assertThat(result.spec()).isNotNull();
    assertThat(result.spec().getInitContainers()).hasSize(1);
    assertThat(result.report().errors()).isEmpty();
  }

  @Test
  void aMissingCompositionIsAViolationNotAnException() {
    CompositionValidator.Result result = CompositionValidator.standard().validate(null);
    assertThat(result.spec()).isNull();
    assertThat(result.report().errors())
        .extracting(Violation::message)
        .containsExactly("no composition was given");
  }

  @Test
  void everyRuleHasAUniqueId() {
    assertThat(CompositionValidator.builtInRuleInfos())
        .extracting(info -> info.id())
        .doesNotHaveDuplicates()
        .contains("KIND_SIDECARS_NOT_ALLOWED", "MERGE_CONFLICT", "MODEL_CONSTRAINT");
  }
}
