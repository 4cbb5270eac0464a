package dev.podwright.validation.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.MergeConflictException;
import dev.podwright.emit.Origin;
import dev.podwright.io.ManifestReadException;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.io.declaration.Declaration;
import dev.podwright.io.declaration.DeclarationReader;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Sidecar;
import dev.podwright.model.WorkloadKind;
import dev.podwright.validation.report.Severity;
import dev.podwright.validation.report.SourceLocation;
import dev.podwright.validation.report.ValidationReport;
import dev.podwright.validation.report.Violation;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {

  /** A kind like a Numaflow source vertex (the platform's own kinds live in examples). */
  private static final WorkloadKind SOURCE =
      WorkloadKind.builder("source")
          .noSidecars()
          .because("Numaflow source vertices do not support sidecars")
          .build();

  private static final DeclarationReader READER =
      new DeclarationReader(Map.of(SOURCE.name(), SOURCE));

  private static final String DECLARATION =
      """
      mainContainer:
        name: app
        image: example/app:1.0
        env:
        - name: MODE
          value: sidecar
      sidecars:
      - name: proxy
        image: example/proxy:2.1
      """;

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            serviceAccountName: web
            containers:
            - name: app
              image: example/app:1.0
              ports:
              - containerPort: 8080
            volumes:
            - name: cache
              emptyDir: {}
      """;

  private static Declaration read(String text) {
    return READER.read(text, "decl.yaml");
  }

  private static RenderRequest.Builder request(Declaration declaration) {
    return RenderRequest.builder(declaration.composition())
        .options(declaration.options())
        .declarationPositions(declaration.sourceMap());
  }

  @Test
  void mergesOntoADeploymentsPodTemplateAndValidatesTheWholeSpec() {
    Declaration declaration = read(DECLARATION);

    RenderResult result =
        Renderer.standard()
            .render(request(declaration).baseManifest(DEPLOYMENT, "deploy.yaml").build());

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(PodSpecWriter.toYaml(result.spec()))
        .isEqualTo(
            """
            containers:
            - name: app
              env:
              - name: MODE
                value: sidecar
              image: example/app:1.0
              ports:
              - containerPort: 8080
            initContainers:
            - name: proxy
              image: example/proxy:2.1
              restartPolicy: Always
            serviceAccountName: web
            volumes:
            - name: cache
              emptyDir: {}
            """);
    assertThat(result.provenance().declarationPathOf("spec.initContainers[0].image"))
        .contains("sidecars[0].image");
    assertThat(result.provenance().originOf("spec.volumes[0]").map(Origin::source))
        .contains(Origin.Source.BASE_SPEC);
    assertThat(result.validSpec()).contains(result.spec());
  }

  @Test
  void readsABareSpecAndAJsonPodAsTheBase() {
    Declaration declaration = read(DECLARATION);
    String bare = "containers:\n- name: app\n  image: example/app:1.0\nhostname: h\n";
    String pod =
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"p\"},"
            + " \"spec\": {\"containers\": [{\"name\": \"app\", \"image\": \"example/app:1.0\"}],"
            + " \"hostname\": \"h\"}}";

    RenderResult fromBare =
        Renderer.standard().render(request(declaration).baseManifest(bare, "bare.yaml").build());
    RenderResult fromPod =
        Renderer.standard().render(request(declaration).baseManifest(pod, "pod.json").build());

    String expected =
        """
        containers:
        - name: app
          env:
          - name: MODE
            value: sidecar
          image: example/app:1.0
        hostname: h
        initContainers:
        - name: proxy
          image: example/proxy:2.1
          restartPolicy: Always
        """;
    assertThat(PodSpecWriter.toYaml(fromBare.spec())).isEqualTo(expected);
    assertThat(PodSpecWriter.toYaml(fromPod.spec())).isEqualTo(expected);
  }

  @Test
  void twoSidecarsOfOneNameAreAnErrorAtTheirDeclarationLine() {
    Declaration declaration =
        read(
            """
            mainContainer:
              name: app
              image: example/app:1.0
            sidecars:
            - name: helper
              image: busybox:1.36
            - name: helper
              image: busybox:1.36
            """);

    RenderResult result = Renderer.standard().render(request(declaration).build());

    assertThat(result.isValid()).isFalse();
    assertThat(result.validSpec()).isEmpty();
    assertThat(result.report().violations())
        .extracting(Violation::ruleId, Violation::path, Violation::location)
        .containsExactly(
            tuple(
                "CONTAINER_NAME_UNIQUE_INIT",
                "sidecars[1].name",
                new SourceLocation("decl.yaml", 7, 9)));
    assertThat(result.report().violations().get(0).message())
        .isEqualTo(
            "Duplicate value: \"helper\": the name is already used by spec.initContainers[0].");
  }

  @Test
  void aSidecarOnANumaflowSourceVertexIsAnError() {
    Declaration declaration =
        read(
            """
            kind: source
            mainContainer:
              name: udsource
              image: example/source:1.0
            sidecars:
            - name: helper
              image: busybox:1.36
            """);

    RenderResult result = Renderer.standard().render(request(declaration).build());

    assertThat(result.isValid()).isFalse();
    assertThat(result.report().violations())
        .containsExactly(
            new Violation(
                "KIND_SIDECARS_NOT_ALLOWED",
                Severity.ERROR,
                "sidecars[0]",
                "helper",
                "sidecar \"helper\" (owned by user) is not allowed: workload kind \"source\""
                    + " takes no user-owned sidecars (Numaflow source vertices do not support"
                    + " sidecars).",
                "Remove the sidecars, or move them to a workload kind that allows them.",
                new SourceLocation("decl.yaml", 6, 3)));
  }

  @Test
  void aJobBaseIsCheckedAsAPodThatMustFinish() {
    Declaration declaration = read(DECLARATION);
    String job =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: once
        spec:
          template:
            spec:
              containers:
              - name: app
                image: example/app:1.0
        """;

    RenderResult unset =
        Renderer.standard().render(request(declaration).baseManifest(job, "job.yaml").build());
    RenderResult never =
        Renderer.standard()
            .render(
                request(declaration)
                    .baseManifest(job + "      restartPolicy: Never\n", "job.yaml")
                    .build());

    assertThat(unset.report().errors())
        .extracting(Violation::ruleId, Violation::path, Violation::location)
        .containsExactly(
            tuple("TEMPLATE_RESTARTPOLICY_FOR_CONTROLLER", "spec.restartPolicy", null));
    assertThat(never.report().errors()).isEmpty();
  }

  @Test
  void warningsLeaveTheResultValid() {
    Declaration declaration =
        read(
            """
            mainContainer:
              name: app
              image: example/app:latest
            """);

    RenderResult result = Renderer.standard().render(request(declaration).build());

    assertThat(result.report().violations())
        .extracting(Violation::ruleId, Violation::severity, Violation::path, Violation::location)
        .containsExactly(
            tuple(
                "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
                Severity.WARNING,
                "spec.containers[0].image",
                new SourceLocation("decl.yaml", 3, 10)));
    assertThat(result.isValid()).isTrue();
    assertThat(PodSpecWriter.toYaml(result.spec()))
        .isEqualTo("containers:\n- name: app\n  image: example/app:latest\n");
  }

  @Test
  void aCollisionWithTheBaseIsAMergeConflictAndNoSpec() {
    Declaration declaration = read(DECLARATION);
    V1PodSpec base =
        new V1PodSpec()
            .addContainersItem(new V1Container().name("app").image("example/app:1.0"))
            .addContainersItem(new V1Container().name("proxy").image("example/other:1"));

    RenderResult result =
        Renderer.standard().render(request(declaration).base(BaseSpec.of(base)).build());

    assertThat(result.spec()).isNull();
    assertThat(result.isValid()).isFalse();
    assertThat(result.report().violations())
        .extracting(Violation::ruleId, Violation::severity, Violation::path)
        .containsExactly(tuple("MERGE_CONFLICT", Severity.ERROR, "spec.containers[1].name"));
    Renderer unchecked = Renderer.builder().validation(false).build();
    assertThatThrownBy(() -> unchecked.render(request(declaration).base(BaseSpec.of(base)).build()))
        .isInstanceOf(MergeConflictException.class);
  }

  @Test
  void withoutValidationTheSpecIsEmittedAndTheReportEmpty() {
    Composition duplicates =
        Composition.builder()
            .mainContainer(ContainerSpec.builder("app").image("example/app:1.0").build())
            .sidecar(Sidecar.builder("helper").image("busybox:1.36").build())
            .sidecar(Sidecar.builder("helper").image("busybox:1.36").build())
            .build();

    RenderResult result =
        Renderer.builder()
            .validation(false)
            .build()
            .render(RenderRequest.builder(duplicates).options(EmitOptions.DEFAULTS).build());

    assertThat(result.report()).isEqualTo(ValidationReport.EMPTY);
    assertThat(PodSpecWriter.toYaml(result.spec()))
        .isEqualTo(
            "containers:\n- name: app\n  image: example/app:1.0\ninitContainers:\n"
                + "- name: helper\n  image: busybox:1.36\n  restartPolicy: Always\n"
                + "- name: helper\n  image: busybox:1.36\n  restartPolicy: Always\n");
  }

  @Test
  void anUnreadableBaseNamesTheFileAndPosition() {
    Declaration declaration = read(DECLARATION);
    RenderRequest typo =
        request(declaration)
            .baseManifest("containers:\n- name: app\n  imag: x\n", "base.yaml")
            .build();
    RenderRequest none = request(declaration).baseManifest("kind: Service\n", "svc.yaml").build();
    RenderRequest two =
        request(declaration)
            .baseManifest(
                "containers:\n- name: a\n  image: x\n---\ncontainers:\n- name: b\n  image: y\n",
                "two.yaml")
            .build();

    assertThatThrownBy(() -> Renderer.standard().render(typo))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("base.yaml:3:3: containers[0].imag: unknown field");
    assertThatThrownBy(() -> Renderer.standard().render(none))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage(
            "svc.yaml: no pod spec found; expected a Pod, a workload with a pod template or a"
                + " bare pod spec with containers");
    assertThatThrownBy(() -> Renderer.standard().render(two))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("two.yaml:5:1: found 2 workloads where one is expected");
  }

  @Test
  void aRequestNeedsACompositionAndOneKindOfBase() {
    assertThatThrownBy(() -> RenderRequest.builder(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a render request needs a composition");
    assertThatThrownBy(() -> Renderer.standard().render(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a render request is required");
  }

  @Test
  void locatesOnlyWhatTheDeclarationWrote() {
    assertThat(
            Renderer.locate(
                "sidecars[0].name",
                dev.podwright.emit.Provenance.empty(),
                read(DECLARATION).sourceMap()))
        .contains(new SourceLocation("decl.yaml", 8, 9));
    assertThat(
            Renderer.locate(
                "spec.volumes[0]",
                dev.podwright.emit.Provenance.empty(),
                read(DECLARATION).sourceMap()))
        .isEmpty();
  }

  @Test
  void overridesOfVersionAndModeApplyToTheDeclarationsOptions() {
    Declaration declaration = read("options:\n  sidecarMode: native\n" + DECLARATION);

    RenderRequest request =
        request(declaration)
            .kubernetesVersion(dev.podwright.kubernetes.KubernetesVersion.of(1, 27))
            .sidecarMode(dev.podwright.model.SidecarMode.CLASSIC)
            .build();
    RenderRequest untouched = request(declaration).kubernetesVersion(null).build();

    assertThat(request.options().kubernetesVersion())
        .isEqualTo(dev.podwright.kubernetes.KubernetesVersion.of(1, 27));
    assertThat(request.options().sidecarMode()).isEqualTo(dev.podwright.model.SidecarMode.CLASSIC);
    assertThat(untouched.options()).isEqualTo(declaration.options());
  }

  /** Findings on emitted elements are located at their declaration, whatever the layout. */
  @Test
  void findingsOnEmittedElementsPointAtTheirDeclarationInEitherSidecarMode() {
    String declaration =
        """
        mainContainer:
          name: main
          image: "a:1"
        sidecars:
        - name: s0
          image: "a:1"
        - name: s1
          image: " b"
        initContainers:
        - name: i0
          image: "d "
        """;
    for (dev.podwright.model.SidecarMode mode : dev.podwright.model.SidecarMode.values()) {
      RenderResult result =
          Renderer.standard().render(request(read(declaration)).sidecarMode(mode).build());

      assertThat(result.report().violations())
          .filteredOn(v -> v.ruleId().equals("CONTAINER_IMAGE_WHITESPACE"))
          .extracting(Violation::path, v -> String.valueOf(v.location()))
          .as(mode.name())
          .containsExactlyInAnyOrder(
              tuple(
                  mode == dev.podwright.model.SidecarMode.NATIVE
                      ? "spec.initContainers[1].image"
                      : "spec.containers[2].image",
                  "decl.yaml:8:10"),
              tuple(
                  mode == dev.podwright.model.SidecarMode.NATIVE
                      ? "spec.initContainers[2].image"
                      : "spec.initContainers[0].image",
                  "decl.yaml:11:10"));
    }
  }
}
