package dev.podwright.benchmarks;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paths platforms run: a composition laid over a realistic host base spec (3 containers, 2 init
 * containers, 6 volumes) — the main container merged onto the base's, a native platform sidecar
 * after the host's init containers, a classic user sidecar, an init container, a volume, and an
 * injection into every app container — and the same merged spec hand-built with the official
 * models. Also the injection path alone.
 */
public final class MergePods {

  private MergePods() {}

  /** The emitter: native sidecars, target 1.31, KEEP_EXISTING on collisions with the base. */
  public static PodSpecEmitter emitter() {
    return PodSpecEmitter.builder()
        .options(
            EmitOptions.builder()
                .kubernetesVersion(Pods.TARGET)
                .sidecarMode(SidecarMode.NATIVE)
                .precedence(Precedence.KEEP_EXISTING)
                .build())
        .build();
  }

  /** The host's base spec, as a host keeps it (built once). */
  public static BaseSpec base() {
    return BaseSpec.of(baseSpec());
  }

  private static V1PodSpec baseSpec() {
    return new V1PodSpec()
        .serviceAccountName("shop")
        .addInitContainersItem(
            new V1Container().name("setup").image("busybox:1.36").addCommandItem("true"))
        .addInitContainersItem(
            new V1Container()
                .name("migrate")
                .image("registry.example.com/shop/migrate:1.4.2")
                .addEnvItem(new V1EnvVar().name("DB_HOST").value("db")))
        .addContainersItem(appBase())
        .addContainersItem(
            new V1Container()
                .name("metrics-agent")
                .image("prom/statsd-exporter:v0.27.1")
                .addPortsItem(new V1ContainerPort().name("metrics").containerPort(9102))
                .addVolumeMountsItem(new V1VolumeMount().name("tmp").mountPath("/tmp")))
        .addContainersItem(
            new V1Container()
                .name("config-reloader")
                .image("jimmidyson/configmap-reload:v0.14.0")
                .addVolumeMountsItem(
                    new V1VolumeMount().name("config").mountPath("/etc/config").readOnly(true)))
        .addVolumesItem(
            new V1Volume()
                .name("config")
                .configMap(new V1ConfigMapVolumeSource().name("shop-config")))
        .addVolumesItem(
            new V1Volume()
                .name("secret")
                .secret(new V1SecretVolumeSource().secretName("shop-secret")))
        .addVolumesItem(
            new V1Volume()
                .name("data")
                .persistentVolumeClaim(
                    new V1PersistentVolumeClaimVolumeSource().claimName("shop-data")))
        .addVolumesItem(new V1Volume().name("tmp").emptyDir(new V1EmptyDirVolumeSource()))
        .addVolumesItem(new V1Volume().name("logs").emptyDir(new V1EmptyDirVolumeSource()))
        .addVolumesItem(
            new V1Volume()
                .name("certs")
                .secret(new V1SecretVolumeSource().secretName("shop-certs")));
  }

  private static V1Container appBase() {
    return new V1Container()
        .name("app")
        .image("registry.example.com/shop/checkout:1.4.2")
        .addPortsItem(new V1ContainerPort().name("http").containerPort(8080))
        .addEnvItem(new V1EnvVar().name("LOG_LEVEL").value("info"))
        .addEnvItem(new V1EnvVar().name("PORT").value("8080"))
        .addVolumeMountsItem(
            new V1VolumeMount().name("config").mountPath("/etc/shop").readOnly(true))
        .addVolumeMountsItem(new V1VolumeMount().name("data").mountPath("/var/lib/shop"))
        .resources(
            new V1ResourceRequirements()
                .requests(quantities("cpu", "250m", "memory", "256Mi"))
                .limits(quantities("cpu", "1", "memory", "512Mi")));
  }

  /** The user's and the platform's additions as a composition. */
  public static Composition composition() {
    return Composition.builder()
        .mainContainer(
            ContainerSpec.builder("app")
                .env("FEATURE_FLAGS", "checkout-v2")
                .volumeMount(VolumeMount.of("logs", "/var/log/shop"))
                .build())
        .sidecar(
            Sidecar.builder("mesh-proxy")
                .image("envoyproxy/envoy:v1.31.2")
                .owner(Owner.PLATFORM)
                .placement(Placement.AFTER_HOST_INIT_CONTAINERS)
                .port("admin", 9901)
                .resources(sidecarResources())
                .build())
        .sidecar(
            Sidecar.builder("log-shipper")
                .image("fluent/fluent-bit:3.1.9")
                .placement(Placement.LAST_CONTAINER)
                .volumeMount(VolumeMount.of("logs", "/logs").asReadOnly())
                .resources(sidecarResources())
                .build())
        .initContainer(
            InitContainer.builder("fetch-model")
                .image("registry.example.com/shop/models:7")
                .volumeMount("model", "/models")
                .build())
        .volume(Volume.emptyDir("model"))
        .inject(injection())
        .build();
  }

  /** Only the injection: what a mesh or runtime adds to a user's pod. */
  public static Composition injectionOnly() {
    return Composition.builder().inject(injection()).build();
  }

  private static Injection injection() {
    return Injection.into(ContainerSelector.allAppContainers())
        .env("TRACE_ENDPOINT", "http://otel-collector:4317")
        .env("LOG_LEVEL", "debug")
        .volumeMount(VolumeMount.of("certs", "/etc/certs").asReadOnly())
        .precedence(Precedence.KEEP_EXISTING)
        .build();
  }

  private static Resources sidecarResources() {
    return Resources.builder()
        .requestCpu("50m")
        .requestMemory("64Mi")
        .limitCpu("200m")
        .limitMemory("128Mi")
        .build();
  }

  /** The floor: the same merged spec built by hand with the official models. */
  public static V1PodSpec handBuilt() {
    V1PodSpec spec = baseSpec();
    V1Container proxy =
        new V1Container()
            .name("mesh-proxy")
            .image("envoyproxy/envoy:v1.31.2")
            .addPortsItem(new V1ContainerPort().name("admin").containerPort(9901))
            .resources(handSidecarResources())
            .restartPolicy("Always");
    spec.getInitContainers().add(proxy);
    spec.addInitContainersItem(
        new V1Container()
            .name("fetch-model")
            .image("registry.example.com/shop/models:7")
            .addVolumeMountsItem(new V1VolumeMount().name("model").mountPath("/models")));
    V1Container app = spec.getContainers().get(0);
    app.addEnvItem(new V1EnvVar().name("FEATURE_FLAGS").value("checkout-v2"));
    app.addVolumeMountsItem(new V1VolumeMount().name("logs").mountPath("/var/log/shop"));
    spec.addContainersItem(
        new V1Container()
            .name("log-shipper")
            .image("fluent/fluent-bit:3.1.9")
            .addVolumeMountsItem(new V1VolumeMount().name("logs").mountPath("/logs").readOnly(true))
            .resources(handSidecarResources()));
    for (V1Container container : spec.getContainers()) {
      if (container.getName().equals("log-shipper")) {
        continue;
      }
      boolean hasLogLevel = false;
      for (V1EnvVar env : container.getEnv()) {
        hasLogLevel |= env.getName().equals("LOG_LEVEL");
      }
      container.addEnvItem(
          new V1EnvVar().name("TRACE_ENDPOINT").value("http://otel-collector:4317"));
      if (!hasLogLevel) {
        container.addEnvItem(new V1EnvVar().name("LOG_LEVEL").value("debug"));
      }
      container.addVolumeMountsItem(
          new V1VolumeMount().name("certs").mountPath("/etc/certs").readOnly(true));
    }
    spec.addVolumesItem(new V1Volume().name("model").emptyDir(new V1EmptyDirVolumeSource()));
    return spec;
  }

  private static V1ResourceRequirements handSidecarResources() {
    return new V1ResourceRequirements()
        .requests(quantities("cpu", "50m", "memory", "64Mi"))
        .limits(quantities("cpu", "200m", "memory", "128Mi"));
  }

  private static Map<String, Quantity> quantities(String k1, String v1, String k2, String v2) {
    Map<String, Quantity> map = new LinkedHashMap<>();
    map.put(k1, Quantity.fromString(v1));
    map.put(k2, Quantity.fromString(v2));
    return map;
  }
}
