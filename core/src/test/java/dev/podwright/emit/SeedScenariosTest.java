package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.PullPolicy;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.VolumeType;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every seed document's scenario, built with the fluent API, asserted as a whole spec. */
class SeedScenariosTest {

  private static final WorkloadKind NUMAFLOW_UDF = WorkloadKind.builder("udf").build();

  private static Map<String, Quantity> quantities(String... keyValues) {
    Map<String, Quantity> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], Quantity.fromString(keyValues[i + 1]));
    }
    return map;
  }

  private static V1PodSpec expected() {
    V1PodSpec spec = new V1PodSpec();
    spec.setContainers(null);
    spec.setInitContainers(null);
    spec.setVolumes(null);
    return Canonical.clean(spec);
  }

  private static V1Container container(String name, String image) {
    return Canonical.clean(new V1Container().name(name).image(image));
  }

  @Test
  void numaflowUdfWithSidecarOverUnixSocketOnInMemoryEmptyDir() {
    Composition composition =
        Composition.builder()
            .kind(NUMAFLOW_UDF)
            .mainContainer(
                ContainerSpec.builder("udf")
                    .image("alpine:latest")
                    .command(
                        "/bin/sh", "-c", "socat UNIX-CONNECT:/path/to/my-udf-mount-path/my.sock -")
                    .volumeMount("my-udf-volume", "/path/to/my-udf-mount-path")
                    .build())
            .volume(Volume.emptyDir("my-udf-volume").inMemory())
            .sidecar(
                Sidecar.builder("my-sidecar")
                    .image("alpine:latest")
                    .command(
                        "/bin/sh",
                        "-c",
                        "socat UNIX-LISTEN:/path/to/my-sidecar-mount-path/my.sock -")
                    .volumeMount("my-udf-volume", "/path/to/my-sidecar-mount-path")
                    .build())
            .build();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().kubernetesVersion("1.28").build())
            .build()
            .emit(composition);

    V1PodSpec want = expected();
    want.setContainers(
        List.of(
            container("udf", "alpine:latest")
                .command(
                    List.of(
                        "/bin/sh", "-c", "socat UNIX-CONNECT:/path/to/my-udf-mount-path/my.sock -"))
                .volumeMounts(
                    List.of(
                        new V1VolumeMount()
                            .name("my-udf-volume")
                            .mountPath("/path/to/my-udf-mount-path"))),
            container("my-sidecar", "alpine:latest")
                .command(
                    List.of(
                        "/bin/sh",
                        "-c",
                        "socat UNIX-LISTEN:/path/to/my-sidecar-mount-path/my.sock -"))
                .volumeMounts(
                    List.of(
                        new V1VolumeMount()
                            .name("my-udf-volume")
                            .mountPath("/path/to/my-sidecar-mount-path")))));
    want.setVolumes(
        List.of(
            new V1Volume()
                .name("my-udf-volume")
                .emptyDir(new V1EmptyDirVolumeSource().medium("Memory"))));
    assertThat(spec).isEqualTo(want);
  }

  @Test
  void plainPodNginxWithContentSidecarSharingAnEmptyDir() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("nginx")
                    .image("docker.io/library/nginx:1.24.0")
                    .pullPolicy(PullPolicy.IF_NOT_PRESENT)
                    .port(80)
                    .volumeMount("shared-data", "/usr/share/nginx/html")
                    .build())
            .volume(Volume.emptyDir("shared-data"))
            .sidecar(
                Sidecar.builder("content")
                    .image("docker.io/library/busybox:1.36.0")
                    .pullPolicy(PullPolicy.IF_NOT_PRESENT)
                    .command("/bin/sh")
                    .args(
                        "-c",
                        "echo 'Hello from the sidecar container!' > /nginx-data/index.html && sleep 3600")
                    .volumeMount("shared-data", "/nginx-data")
                    .build())
            .build();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
            .build()
            .emit(composition);

    V1PodSpec want = expected();
    want.setVolumes(
        List.of(new V1Volume().name("shared-data").emptyDir(new V1EmptyDirVolumeSource())));
    want.setContainers(
        List.of(
            container("nginx", "docker.io/library/nginx:1.24.0")
                .imagePullPolicy("IfNotPresent")
                .ports(List.of(new V1ContainerPort().containerPort(80)))
                .volumeMounts(
                    List.of(
                        new V1VolumeMount()
                            .name("shared-data")
                            .mountPath("/usr/share/nginx/html"))),
            container("content", "docker.io/library/busybox:1.36.0")
                .imagePullPolicy("IfNotPresent")
                .command(List.of("/bin/sh"))
                .args(
                    List.of(
                        "-c",
                        "echo 'Hello from the sidecar container!' > /nginx-data/index.html && sleep 3600"))
                .volumeMounts(
                    List.of(new V1VolumeMount().name("shared-data").mountPath("/nginx-data")))));
    assertThat(spec).isEqualTo(want);
  }

  @Test
  void felderaSidecarAsNativeInitContainerWithResources() {
    V1Container mainFromHost = new V1Container().name("pipeline").image("feldera/pipeline:0.50");
    Composition composition =
        Composition.builder()
            .mainContainer(mainFromHost)
            .sidecar(
                Sidecar.builder("example")
                    .image("ubuntu:24.04")
                    .command("bash", "-c", "echo 'Hello, world!'; sleep infinity")
                    .resources(
                        Resources.builder()
                            .requestMemory("256Mi")
                            .requestCpu("250m")
                            .limitMemory("512Mi")
                            .limitCpu("500m")
                            .build())
                    .build())
            .build();

    V1PodSpec spec = PodSpecEmitter.standard().emit(composition);

    V1PodSpec want = expected();
    want.setContainers(List.of(container("pipeline", "feldera/pipeline:0.50")));
    want.setInitContainers(
        List.of(
            container("example", "ubuntu:24.04")
                .restartPolicy("Always")
                .command(List.of("bash", "-c", "echo 'Hello, world!'; sleep infinity"))
                .resources(
                    new V1ResourceRequirements()
                        .claims(null)
                        .requests(quantities("cpu", "250m", "memory", "256Mi"))
                        .limits(quantities("cpu", "500m", "memory", "512Mi")))));
    assertThat(spec).isEqualTo(want);
  }

  @Test
  void hkubeAlgorithmWithThreeSidecarsSharedVolumeEnvironmentsAndDefaultResources() {
    Resources defaults = Resources.builder().requestCpu("100m").requestMemory("128Mi").build();
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("env1", "val1");
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("algorunner")
                    .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                    .volumeMount("shared-volume", "/shared-dir")
                    .build())
            .volume(Volume.emptyDir("shared-volume"))
            .sidecarResourceDefaults(defaults)
            .sidecar(
                Sidecar.builder("mycar1")
                    .image("nginx")
                    .volumeMount("shared-volume", "/shared-dir")
                    .env(environments)
                    .build())
            .sidecar(
                Sidecar.builder("mycar2")
                    .image("redis")
                    .resources(Resources.builder().requestCpu("500m").limitCpu("1").build())
                    .build())
            .sidecar(Sidecar.builder("mycar3").image("httpd").build())
            .build();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
            .build()
            .emit(composition);

    V1ResourceRequirements defaulted =
        new V1ResourceRequirements()
            .claims(null)
            .requests(quantities("cpu", "100m", "memory", "128Mi"))
            .limits(null);
    V1PodSpec want = expected();
    want.setVolumes(
        List.of(new V1Volume().name("shared-volume").emptyDir(new V1EmptyDirVolumeSource())));
    want.setContainers(
        List.of(
            container("algorunner", "docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                .volumeMounts(
                    List.of(new V1VolumeMount().name("shared-volume").mountPath("/shared-dir"))),
            container("mycar1", "nginx")
                .env(List.of(new V1EnvVar().name("env1").value("val1")))
                .volumeMounts(
                    List.of(new V1VolumeMount().name("shared-volume").mountPath("/shared-dir")))
                .resources(defaulted),
            container("mycar2", "redis")
                .resources(
                    new V1ResourceRequirements()
                        .claims(null)
                        .requests(quantities("cpu", "500m", "memory", "128Mi"))
                        .limits(quantities("cpu", "1"))),
            container("mycar3", "httpd").resources(defaulted)));
    assertThat(spec).isEqualTo(want);
  }

  @Test
  void generalPatternLogShipperAndInitContainerInNativeMode() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("main-app")
                    .image("nginx")
                    .port(80)
                    .volumeMount("shared-logs", "/var/log")
                    .build())
            .volume(Volume.emptyDir("shared-logs"))
            .initContainer(
                InitContainer.builder("prepare")
                    .image("busybox:1.36")
                    .command("sh", "-c", "touch /var/log/access.log")
                    .volumeMount("shared-logs", "/var/log")
                    .build())
            .sidecar(
                Sidecar.builder("log-sidecar")
                    .image("busybox")
                    .command("sh", "-c", "tail -f /var/log/access.log")
                    .volumeMount(VolumeMount.of("shared-logs", "/var/log").asReadOnly())
                    .build())
            .build();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().kubernetesVersion("1.29").build())
            .build()
            .emit(composition);

    assertThat(spec.getContainers()).extracting(V1Container::getName).containsExactly("main-app");
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("log-sidecar", "Always"),
            org.assertj.core.groups.Tuple.tuple("prepare", null));
    assertThat(spec.getInitContainers().get(0).getVolumeMounts())
        .containsExactly(
            new V1VolumeMount().name("shared-logs").mountPath("/var/log").readOnly(true));
    assertThat(composition.volumes().get(0).type()).isEqualTo(VolumeType.EMPTY_DIR);
  }
}
