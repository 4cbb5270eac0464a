package dev.podwright.examples.reproductions;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.Origin;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Probe;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.validation.PodSpecValidator;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Numaflow map-UDF vertex pod (numaproj/numaflow Vertex.GetPodSpec, see the YAML's header) in one
 * emission: Numaflow's own {@code init} and {@code numa} and its two volumes are the base spec; the
 * composition holds the UD container {@code udf} (platform-owned, native, after every init
 * container), the user's init container after {@code init}, the user's sidecar as a classic
 * container after {@code numa}, and the vertex's volume.
 */
class NumaflowReproductionTest {

  private static final String IMAGE = "quay.io/numaproj/numaflow:latest";
  private static final String ISB_SECRET = "isbsvc-default-js-client-auth";

  private static V1EnvVar literal(String name, String value) {
    return new V1EnvVar().name(name).value(value);
  }

  private static V1EnvVar field(String name, String path) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(new V1EnvVarSource().fieldRef(new V1ObjectFieldSelector().fieldPath(path)));
  }

  private static V1EnvVar resource(String name, String resource) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(
            new V1EnvVarSource()
                .resourceFieldRef(new V1ResourceFieldSelector().resource(resource)));
  }

  private static V1EnvVar secret(String name, String key) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(
            new V1EnvVarSource().secretKeyRef(new V1SecretKeySelector().name(ISB_SECRET).key(key)));
  }

  /** Numaflow's commonEnvs(), as the official models. */
  private static List<V1EnvVar> commonEnv() {
    return List.of(
        field("NUMAFLOW_NAMESPACE", "metadata.namespace"),
        field("NUMAFLOW_POD", "metadata.name"),
        field("NUMAFLOW_REPLICA", "metadata.annotations['numaflow.numaproj.io/replica']"),
        literal("NUMAFLOW_PIPELINE_NAME", "my-pipeline"),
        literal("NUMAFLOW_VERTEX_NAME", "my-udf-vertex"),
        resource("NUMAFLOW_CPU_LIMIT", "limits.cpu"),
        resource("NUMAFLOW_CPU_REQUEST", "requests.cpu"),
        resource("NUMAFLOW_MEMORY_LIMIT", "limits.memory"),
        resource("NUMAFLOW_MEMORY_REQUEST", "requests.memory"));
  }

  /** GetIsbSvcEnvVars for a JetStream ISB service with basic auth. */
  private static List<V1EnvVar> isbEnv() {
    return List.of(
        literal("NUMAFLOW_ISBSVC_CONFIG", "<base64 of the ISB service config>"),
        literal("NUMAFLOW_ISBSVC_JETSTREAM_URL", "nats://isbsvc-default-js-svc.default.svc:4222"),
        literal("NUMAFLOW_ISBSVC_JETSTREAM_TLS_ENABLED", "false"),
        secret("NUMAFLOW_ISBSVC_JETSTREAM_USER", "client-auth-user"),
        secret("NUMAFLOW_ISBSVC_JETSTREAM_PASSWORD", "client-auth-password"));
  }

  private static V1Probe https(String path, int delay, int period, int timeout, int failures) {
    return new V1Probe()
        .httpGet(new V1HTTPGetAction().path(path).port(new IntOrString(2469)).scheme("HTTPS"))
        .initialDelaySeconds(delay)
        .periodSeconds(period)
        .timeoutSeconds(timeout)
        .failureThreshold(failures);
  }

  private static V1ResourceRequirements defaultResources() {
    return new V1ResourceRequirements()
        .requests(
            Map.of("cpu", Quantity.fromString("100m"), "memory", Quantity.fromString("128Mi")));
  }

  /** What Numaflow itself puts in every vertex pod: the host's base spec. */
  static V1PodSpec numaflowBase() {
    List<V1EnvVar> initEnv = new ArrayList<>();
    initEnv.add(literal("NUMAFLOW_PIPELINE_NAME", "my-pipeline"));
    initEnv.addAll(isbEnv());
    List<V1EnvVar> numaEnv = new ArrayList<>();
    numaEnv.add(literal("NUMAFLOW_VERTEX_OBJECT", "<base64 of the vertex spec>"));
    numaEnv.add(literal("NUMAFLOW_READ_AHEAD", "true"));
    numaEnv.addAll(commonEnv());
    numaEnv.addAll(isbEnv());
    numaEnv.add(literal("NUMAFLOW_RUNTIME", "rust"));
    return new V1PodSpec()
        .hostname("my-pipeline-my-udf-vertex-0")
        .subdomain("my-pipeline-my-udf-vertex-headless")
        .addInitContainersItem(
            new V1Container()
                .name("init")
                .image(IMAGE)
                .args(
                    List.of(
                        "isbsvc-validate",
                        "--isbsvc-type=jetstream",
                        "--buffers=default-my-pipeline-my-udf-vertex-0",
                        "--buckets=default-my-pipeline-in-my-udf-vertex,"
                            + "default-my-pipeline-my-udf-vertex-out"))
                .env(initEnv)
                .resources(defaultResources()))
        .addContainersItem(
            new V1Container()
                .name("numa")
                .image(IMAGE)
                .args(List.of("processor", "--type=MapUDF", "--isbsvc-type=jetstream"))
                .env(numaEnv)
                .resources(defaultResources())
                .addVolumeMountsItem(
                    new V1VolumeMount().name("var-run-numaflow").mountPath("/var/run/numaflow"))
                .addVolumeMountsItem(
                    new V1VolumeMount().name("runtime-vol").mountPath("/var/numaflow/runtime"))
                .readinessProbe(https("/readyz", 5, 10, 30, 6))
                .livenessProbe(https("/livez", 20, 60, 30, 5))
                .addPortsItem(new V1ContainerPort().name("metrics").containerPort(2469))
                .addPortsItem(new V1ContainerPort().name("runtime").containerPort(2470)))
        .addVolumesItem(
            new V1Volume()
                .name("var-run-numaflow")
                .emptyDir(new V1EmptyDirVolumeSource().medium("Memory")))
        .addVolumesItem(
            new V1Volume()
                .name("runtime-vol")
                .emptyDir(new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString("20Mi"))));
  }

  /** The vertex: its UD container (Numaflow's), the user's init container, sidecar and volume. */
  static Composition vertex() {
    Sidecar.Builder udf =
        Sidecar.builder("udf")
            .owner(Owner.PLATFORM)
            .mode(SidecarMode.NATIVE)
            .placement(Placement.AFTER_COMPOSITION_INIT_CONTAINERS)
            .image("alpine:latest")
            .command(
                "/bin/sh",
                "-c",
                "apk add socat && echo \"hello\" | socat"
                    + " UNIX-CONNECT:/path/to/my-udf-mount-path/my.sock,forever - && tail -f"
                    + " /dev/null")
            .env(EnvVar.of("NUMAFLOW_UD_CONTAINER_TYPE", "udf"));
    for (V1EnvVar variable : commonEnv()) {
      udf.env(EnvVar.of(variable));
    }
    udf.volumeMount("var-run-numaflow", "/var/run/numaflow")
        .volumeMount("runtime-vol", "/var/numaflow/runtime")
        .volumeMount("my-udf-volume", "/path/to/my-udf-mount-path")
        .livenessProbe(
            Probe.httpsGet("/sidecar-livez", 2469)
                .initialDelaySeconds(30)
                .periodSeconds(60)
                .timeoutSeconds(30)
                .failureThreshold(5));
    return Composition.builder()
        .sidecar(udf.build())
        .sidecar(
            Sidecar.builder("my-sidecar")
                .owner(Owner.USER)
                .mode(SidecarMode.CLASSIC)
                .placement(Placement.LAST_CONTAINER)
                .image("alpine:latest")
                .command(
                    "/bin/sh",
                    "-c",
                    "apk add socat && socat UNIX-LISTEN:/path/to/my-sidecar-mount-path/my.sock -"
                        + " && tail -f /dev/null")
                .volumeMount("my-udf-volume", "/path/to/my-sidecar-mount-path")
                .build())
        .initContainer(
            InitContainer.builder("my-init")
                .owner(Owner.USER)
                .image("busybox:1.36")
                .command("/bin/sh", "-c", "echo preparing && sleep 1")
                .build())
        .volume(Volume.emptyDir("my-udf-volume").inMemory())
        .build();
  }

  static Emission emit() {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().kubernetesVersion("1.29").build())
        .build()
        .emission(vertex(), BaseSpec.of(numaflowBase()));
  }

  @Test
  void oneEmissionGivesTheVertexPodWhole() {
    Reproductions.assertSameSpec(emit().spec(), Reproductions.expected("numaflow-map-udf-vertex"));
  }

  @Test
  void initAndNumaComeFromTheBaseAndTheRestFromTheVertexInNumaflowsOrder() {
    Emission emission = emit();

    assertThat(emission.spec().getInitContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .containsExactly(tuple("init", null), tuple("my-init", null), tuple("udf", "Always"));
    assertThat(emission.spec().getContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .containsExactly(tuple("numa", null), tuple("my-sidecar", null));

    assertOrigin(emission, "spec.initContainers[0]", Origin.Source.BASE_SPEC, null, Owner.PLATFORM);
    assertOrigin(
        emission,
        "spec.initContainers[1]",
        Origin.Source.DECLARATION,
        "initContainers[0]",
        Owner.USER);
    assertOrigin(
        emission,
        "spec.initContainers[2]",
        Origin.Source.DECLARATION,
        "sidecars[0]",
        Owner.PLATFORM);
    assertOrigin(emission, "spec.containers[0]", Origin.Source.BASE_SPEC, null, Owner.PLATFORM);
    assertOrigin(
        emission, "spec.containers[1]", Origin.Source.DECLARATION, "sidecars[1]", Owner.USER);
    assertThat(emission.provenance().declarationPathOf("spec.volumes[2]")).contains("volumes[0]");
    assertThat(emission.provenance().originOf("spec.volumes[1]").map(Origin::source))
        .contains(Origin.Source.BASE_SPEC);
    assertThat(emission.provenance().collisions()).isEmpty();
  }

  private static void assertOrigin(
      Emission emission, String path, Origin.Source source, String declaration, Owner owner) {
    assertThat(emission.provenance().originOf(path))
        .as(path)
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.path()).isEqualTo(path);
              assertThat(origin.source()).isEqualTo(source);
              assertThat(origin.declarationPath()).isEqualTo(declaration);
              assertThat(origin.owner()).isEqualTo(owner);
            });
  }

  @Test
  void theVertexPodIsValidWithOnlyTheWarningsNumaflowsOwnPodDraws() {
    PodSpecValidator v =
        PodSpecValidator.builder().kubernetesVersion(KubernetesVersion.NATIVE_SIDECARS).build();

    assertThat(v.validate(emit().spec()))
        .hasExactly(
            "WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.initContainers[0].image",
            "WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.initContainers[2].image",
            "WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.containers[0].image",
            "WARNING RT_IMAGE_UNTAGGED_ALWAYS_PULL spec.containers[1].image",
            // no RT_QOS_DOWNGRADE: several containers set no limits, so no single fix makes
            // this pod Guaranteed (issue 16 part 5)
            "INFO RT_SIDECAR_ORDERING spec.initContainers[2].restartPolicy");
  }
}
