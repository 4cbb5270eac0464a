package dev.podwright.examples.reproductions;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.Origin;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An HKube algorithm job pod (kube-HPC/hkube task-executor createJobSpec, see the YAML's header) in
 * one emission: HKube's worker template with its cluster-wide steps (storage, logging) is the base
 * spec; the algorithm is the composition — its image and resources merged onto {@code algorunner},
 * its volume and the volume's mount on {@code algorunner}, and its sidecar as a classic container
 * after {@code worker} and {@code algorunner} with HKube's derived defaults (100m / 128Mi, limits
 * twice the requests).
 */
class HkubeReproductionTest {

  private static final String CONFIGMAP = "task-executor-configmap";

  private static V1EnvVar literal(String name, String value) {
    return new V1EnvVar().name(name).value(value);
  }

  private static V1EnvVar field(String name, String path) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(new V1EnvVarSource().fieldRef(new V1ObjectFieldSelector().fieldPath(path)));
  }

  private static V1EnvVar configMap(String name) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(
            new V1EnvVarSource()
                .configMapKeyRef(new V1ConfigMapKeySelector().name(CONFIGMAP).key(name)));
  }

  private static V1EnvVar secret(String name, String secretName, String key) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(
            new V1EnvVarSource().secretKeyRef(new V1SecretKeySelector().name(secretName).key(key)));
  }

  /** applyStorage(s3): STORAGE_BINARY and the S3 credentials. */
  private static List<V1EnvVar> s3Env() {
    return List.of(
        configMap("STORAGE_BINARY"),
        secret("AWS_ACCESS_KEY_ID", "s3-secret", "awsKey"),
        secret("AWS_SECRET_ACCESS_KEY", "s3-secret", "awsSecret"),
        secret("S3_ENDPOINT_URL", "s3-secret", "awsEndpointUrl"));
  }

  private static List<V1VolumeMount> sharedMounts() {
    return List.of(
        new V1VolumeMount().name("algometrics").mountPath("/var/metrics"),
        new V1VolumeMount().name("logs").mountPath("/hkube-logs/"));
  }

  /** HKube's worker template after its cluster-wide steps: the host's base spec. */
  static V1PodSpec workerTemplate() {
    List<V1EnvVar> worker = new ArrayList<>();
    worker.add(literal("NODE_ENV", "production"));
    worker.add(literal("ALGORITHM_TYPE", "my-algo"));
    worker.add(literal("METRICS_PORT", "3001"));
    worker.add(literal("INACTIVE_PAUSED_WORKER_TIMEOUT_MS", "10000"));
    worker.add(literal("ALGO_METRICS_DIR", "/var/metrics"));
    worker.add(field("POD_ID", "metadata.uid"));
    worker.add(field("POD_IP", "status.podIP"));
    worker.add(field("POD_NAME", "metadata.name"));
    worker.add(field("NAMESPACE", "metadata.namespace"));
    worker.add(configMap("DEFAULT_STORAGE"));
    worker.add(secret("MONGODB_SERVICE_USER_NAME", "mongodb-secret", "mongodb-username"));
    worker.add(secret("MONGODB_SERVICE_PASSWORD", "mongodb-secret", "mongodb-password"));
    worker.add(secret("MONGODB_DB_NAME", "mongodb-secret", "mongodb-database"));
    worker.add(literal("BASE_DATASOURCES_DIRECTORY", "/hkube/datasources-storage"));
    worker.add(literal("ALGORITHM_IMAGE", "docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne"));
    worker.add(literal("ALGORITHM_VERSION", "3s8fdl4v9q"));
    worker.add(literal("WORKER_IMAGE", "hkube/worker:v2.9.0"));
    worker.addAll(s3Env());
    worker.add(literal("ALGORITHM_LOG_FILE_NAME", "stdout.log"));
    worker.add(literal("BASE_LOGS_PATH", "/hkube-logs/"));
    List<V1EnvVar> algorunner = new ArrayList<>();
    algorunner.add(literal("ALGO_METRICS_DIR", "/var/metrics"));
    algorunner.add(field("POD_IP", "status.podIP"));
    algorunner.add(configMap("DEFAULT_STORAGE"));
    algorunner.add(literal("ALGORITHM_TYPE", "my-algo"));
    algorunner.addAll(s3Env());
    return new V1PodSpec()
        .serviceAccountName("worker-serviceaccount")
        .restartPolicy("Never")
        .addContainersItem(
            new V1Container()
                .name("worker")
                .image("hkube/worker:v2.9.0")
                .env(worker)
                .volumeMounts(new ArrayList<>(sharedMounts())))
        .addContainersItem(
            new V1Container()
                .name("algorunner")
                .image("hkube/algorunner:latest")
                .env(algorunner)
                .volumeMounts(new ArrayList<>(sharedMounts())))
        .addVolumesItem(new V1Volume().name("algometrics").emptyDir(new V1EmptyDirVolumeSource()))
        .addVolumesItem(new V1Volume().name("logs").emptyDir(new V1EmptyDirVolumeSource()));
  }

  /** The algorithm: image and resources, volumes and mounts, and its sideCars. */
  static Composition algorithm() {
    return algorithm(Resources.NONE);
  }

  private static Composition algorithm(Resources sidecarResources) {
    return Composition.builder()
        .mainContainer(
            ContainerSpec.builder("algorunner")
                .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                .resources(
                    Resources.builder()
                        .requestCpu("500m")
                        .requestMemory("512Mi")
                        .limitCpu("1")
                        .limitMemory("1Gi")
                        .build())
                .build())
        .volume(Volume.emptyDir("shared-volume"))
        .inject(
            Injection.into(ContainerSelector.named("algorunner"))
                .volumeMount(VolumeMount.of("shared-volume", "/shared-dir"))
                .build())
        .sidecar(
            Sidecar.builder("mycar")
                .owner(Owner.USER)
                .mode(SidecarMode.CLASSIC)
                .placement(Placement.LAST_CONTAINER)
                .image("httpd:2.4")
                .env(EnvVar.of("env1", "val1"))
                .env(EnvVar.fromSecret("DB_PASSWORD", "db-secret", "password"))
                .volumeMount("shared-volume", "/shared-dir")
                .resources(sidecarResources)
                .build())
        .resourceDefaults(
            ResourceDefaults.derived(
                Resources.builder().requestCpu("100m").requestMemory("128Mi").build(), 2))
        .build();
  }

  static Emission emit() {
    return emit(algorithm());
  }

  private static Emission emit(Composition algorithm) {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().precedence(Precedence.OVERRIDE).build())
        .build()
        .emission(algorithm, BaseSpec.of(workerTemplate()));
  }

  @Test
  void oneEmissionGivesTheAlgorithmJobPodWhole() {
    Reproductions.assertSameSpec(emit().spec(), Reproductions.expected("hkube-algorithm-job"));
  }

  @Test
  void workerAndAlgorunnerComeFromTheTemplateAndTheSidecarFromTheAlgorithm() {
    Emission emission = emit();

    assertThat(emission.provenance().originOf("spec.containers[0]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.BASE_SPEC);
              assertThat(origin.owner()).isEqualTo(Owner.PLATFORM);
            });
    assertThat(emission.provenance().originOf("spec.containers[1]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.DECLARATION);
              assertThat(origin.declarationPath()).isEqualTo("mainContainer");
              assertThat(origin.detail()).isEqualTo("merged onto the base spec's container");
            });
    assertThat(emission.provenance().originOf("spec.containers[1].env[0]").map(Origin::source))
        .as("the template's env stays the template's")
        .contains(Origin.Source.BASE_SPEC);
    assertThat(emission.provenance().originOf("spec.containers[1].volumeMounts[2]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.INJECTION);
              assertThat(origin.declarationPath()).isEqualTo("injections[0].volumeMounts[0]");
            });
    assertThat(emission.provenance().originOf("spec.containers[2]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.DECLARATION);
              assertThat(origin.declarationPath()).isEqualTo("sidecars[0]");
              assertThat(origin.owner()).isEqualTo(Owner.USER);
            });
    assertThat(emission.provenance().originOf("spec.containers[2].resources"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.DEFAULTS_POLICY);
              assertThat(origin.detail()).isEqualTo("derived limits");
            });
    assertThat(emission.provenance().declarationPathOf("spec.volumes[2]")).contains("volumes[0]");
  }

  @Test
  void theAlgorithmImageReplacesTheTemplatePlaceholderAndIsRecorded() {
    assertThat(emit().provenance().collisions())
        .singleElement()
        .satisfies(
            collision -> {
              assertThat(collision.path()).isEqualTo("spec.containers[1].image");
              assertThat(collision.existing()).contains("hkube/algorunner:latest");
              assertThat(collision.incoming()).contains("print-every-10-sec");
              assertThat(collision.precedence()).isEqualTo(Precedence.OVERRIDE);
            });
  }

  @Test
  void theSidecarsOwnValuesWinKeyByKeyOverTheDerivedDefaults() {
    Composition algorithm =
        algorithm(Resources.builder().requestCpu("250m").limitMemory("1Gi").build());

    V1Container mycar = emit(algorithm).spec().getContainers().get(2);

    assertThat(Resources.of(mycar.getResources()))
        .isEqualTo(
            Resources.builder()
                .requestCpu("250m")
                .requestMemory("128Mi")
                .limitCpu("500m")
                .limitMemory("1Gi")
                .build());
  }

  @Test
  void theJobPodIsValidWithOnlyTheWarningsHkubesOwnPodDraws() {
    PodSpecValidator v =
        PodSpecValidator.builder().kubernetesVersion(KubernetesVersion.NATIVE_SIDECARS).build();

    // told which containers are HKube's (worker and algorunner, both of the base spec), the
    // validator flags only the algorithm's classic sidecar: it alone keeps the Job's pod running
    assertThat(
            v.validate(
                emit().spec(),
                FieldPath.of("spec.template.spec"),
                true,
                Map.of(),
                Set.of("worker", "algorunner")))
        .hasExactly("WARNING RT_JOB_LEGACY_SIDECAR spec.template.spec.containers[2]");
  }

  @Test
  void theCompositionValidatorKnowsTheBaseSpecsContainersAreTheJobsMainContainers() {
    CompositionValidator validator =
        CompositionValidator.builder()
            .options(
                EmitOptions.builder()
                    .precedence(Precedence.OVERRIDE)
                    .kubernetesVersion(KubernetesVersion.NATIVE_SIDECARS)
                    .build())
            .build();

    CompositionValidator.Result result =
        validator.validate(algorithm(), BaseSpec.of(workerTemplate()), true);

    assertThat(result.spec()).isEqualTo(emit().spec());
    assertThat(result.report()).hasExactly("WARNING RT_JOB_LEGACY_SIDECAR spec.containers[2]");
  }
}
