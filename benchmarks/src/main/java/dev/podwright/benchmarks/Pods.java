package dev.podwright.benchmarks;

import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Port;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.validation.PodSpecValidator;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;

/**
 * The pods every benchmark and test uses, in one place: a typical pod (one main container, three
 * native sidecars, four volumes, twelve env vars, ports, resources and probes) built twice, once
 * with the official client's chainable setters ({@link #handBuilt()}, the floor) and once with
 * Podwright's fluent API ({@link #composition()}); and pods with many sidecars for the scaling
 * benchmarks ({@link #composition(int)}).
 *
 * <p>Both builders of the typical pod must describe the same pod: {@code PodsTest} checks that the
 * emitted spec equals the hand-built one.
 */
public final class Pods {

  /** The Kubernetes version every benchmark targets. */
  public static final KubernetesVersion TARGET = KubernetesVersion.of(1, 31);

  static final String APP = "checkout";
  static final String APP_IMAGE = "registry.example.com/shop/checkout:1.4.2";
  static final String SHIPPER = "log-shipper";
  static final String SHIPPER_IMAGE = "fluent/fluent-bit:3.1.9";
  static final String PROXY = "envoy";
  static final String PROXY_IMAGE = "envoyproxy/envoy:v1.31.2";
  static final String EXPORTER = "statsd-exporter";
  static final String EXPORTER_IMAGE = "prom/statsd-exporter:v0.27.1";

  static final String CACHE = "cache";
  static final String CONFIG = "app-config";
  static final String TLS = "tls";
  static final String DATA = "data";

  private Pods() {}

  /** Podwright's emitter for the target version: native sidecars. */
  public static PodSpecEmitter emitter() {
    return PodSpecEmitter.builder()
        .options(
            EmitOptions.builder().kubernetesVersion(TARGET).sidecarMode(SidecarMode.NATIVE).build())
        .build();
  }

  /** A validator of emitted specs for the target version, every built-in rule. */
  public static PodSpecValidator validator() {
    return PodSpecValidator.builder().kubernetesVersion(TARGET).build();
  }

  /** Composition rules, emission and spec validation in one, for the target version. */
  public static CompositionValidator compositionValidator() {
    return CompositionValidator.builder().emitter(emitter()).build();
  }

  /** {@link #compositionValidator()} that also runs the model's Jakarta constraints (opt-in). */
  public static CompositionValidator compositionValidatorWithModelConstraints() {
    return CompositionValidator.builder().emitter(emitter()).modelConstraints(true).build();
  }

  // ---------------------------------------------------------------------------------------------
  // The typical pod with Podwright's fluent API
  // ---------------------------------------------------------------------------------------------

  /** The typical pod as a Podwright composition. */
  public static Composition composition() {
    return Composition.builder()
        .mainContainer(
            ContainerSpec.builder(APP)
                .image(APP_IMAGE)
                .port("http", 8080)
                .env("LOG_LEVEL", "info")
                .env(EnvVar.fromField("POD_NAME", "metadata.name"))
                .env(EnvVar.fromSecret("DB_PASSWORD", "checkout-db", "password"))
                .env(EnvVar.fromConfigMap("FEATURE_FLAGS", CONFIG, "flags"))
                .volumeMount("cache", "/tmp/cache")
                .volumeMount(VolumeMount.of(CONFIG, "/etc/checkout").asReadOnly())
                .volumeMount(VolumeMount.of(TLS, "/etc/tls").asReadOnly())
                .volumeMount(DATA, "/var/lib/checkout")
                .resources(
                    Resources.builder()
                        .requestCpu("250m")
                        .requestMemory("256Mi")
                        .limitCpu("1")
                        .limitMemory("512Mi")
                        .build())
                .readinessProbe(Probe.httpGet("/ready", "http").periodSeconds(5))
                .livenessProbe(Probe.httpGet("/healthz", "http").failureThreshold(3))
                .build())
        .sidecar(
            Sidecar.builder(SHIPPER)
                .image(SHIPPER_IMAGE)
                .port("metrics", 2020)
                .env("FLUENT_LEVEL", "info")
                .env(EnvVar.fromField("NODE_NAME", "spec.nodeName"))
                .env(EnvVar.fromSecret("SHIPPER_TOKEN", "log-shipper", "token"))
                .volumeMount(VolumeMount.of(DATA, "/var/lib/checkout").asReadOnly())
                .resources(sidecarResources())
                .startupProbe(Probe.httpGet("/api/v1/health", "metrics"))
                .build())
        .sidecar(
            Sidecar.builder(PROXY)
                .image(PROXY_IMAGE)
                .port("proxy", 15001)
                .port("admin", 15000)
                .env("ENVOY_LOG_LEVEL", "warn")
                .env(EnvVar.fromField("POD_IP", "status.podIP"))
                .env("ENVOY_UPSTREAM", "127.0.0.1:8080")
                .volumeMount(VolumeMount.of(TLS, "/etc/envoy/tls").asReadOnly())
                .resources(sidecarResources())
                .startupProbe(Probe.tcpSocket(15001))
                .readinessProbe(Probe.httpGet("/ready", "admin"))
                .build())
        .sidecar(
            Sidecar.builder(EXPORTER)
                .image(EXPORTER_IMAGE)
                .port("metrics", 9102)
                .env("STATSD_LISTEN", ":9125")
                .env(EnvVar.fromConfigMap("STATSD_MAPPING", CONFIG, "statsd-mapping"))
                .volumeMount(CACHE, "/tmp/statsd")
                .resources(sidecarResources())
                .startupProbe(Probe.httpGet("/metrics", "metrics"))
                .livenessProbe(Probe.httpGet("/metrics", "metrics"))
                .build())
        .volume(Volume.emptyDir(CACHE).inMemory().sizeLimit("64Mi"))
        .volume(Volume.configMap(CONFIG, "checkout-config"))
        .volume(Volume.secret(TLS, "checkout-tls"))
        .volume(Volume.persistentVolumeClaim(DATA, "checkout-data"))
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

  // ---------------------------------------------------------------------------------------------
  // The same pod with the official client's chainable setters (the floor)
  // ---------------------------------------------------------------------------------------------

  /** The typical pod, hand-built with the official model's chainable setters. */
  public static V1PodSpec handBuilt() {
    return new V1PodSpec()
        .addContainersItem(
            new V1Container()
                .name(APP)
                .image(APP_IMAGE)
                .addPortsItem(new V1ContainerPort().name("http").containerPort(8080))
                .addEnvItem(new V1EnvVar().name("LOG_LEVEL").value("info"))
                .addEnvItem(fieldRef("POD_NAME", "metadata.name"))
                .addEnvItem(secretRef("DB_PASSWORD", "checkout-db", "password"))
                .addEnvItem(configMapRef("FEATURE_FLAGS", CONFIG, "flags"))
                .addVolumeMountsItem(new V1VolumeMount().name(CACHE).mountPath("/tmp/cache"))
                .addVolumeMountsItem(
                    new V1VolumeMount().name(CONFIG).mountPath("/etc/checkout").readOnly(true))
                .addVolumeMountsItem(
                    new V1VolumeMount().name(TLS).mountPath("/etc/tls").readOnly(true))
                .addVolumeMountsItem(new V1VolumeMount().name(DATA).mountPath("/var/lib/checkout"))
                .resources(
                    new V1ResourceRequirements()
                        .putRequestsItem("cpu", Quantity.fromString("250m"))
                        .putRequestsItem("memory", Quantity.fromString("256Mi"))
                        .putLimitsItem("cpu", Quantity.fromString("1"))
                        .putLimitsItem("memory", Quantity.fromString("512Mi")))
                .readinessProbe(httpGet("/ready", "http").periodSeconds(5))
                .livenessProbe(httpGet("/healthz", "http").failureThreshold(3)))
        .addInitContainersItem(
            new V1Container()
                .name(SHIPPER)
                .image(SHIPPER_IMAGE)
                .restartPolicy("Always")
                .addPortsItem(new V1ContainerPort().name("metrics").containerPort(2020))
                .addEnvItem(new V1EnvVar().name("FLUENT_LEVEL").value("info"))
                .addEnvItem(fieldRef("NODE_NAME", "spec.nodeName"))
                .addEnvItem(secretRef("SHIPPER_TOKEN", "log-shipper", "token"))
                .addVolumeMountsItem(
                    new V1VolumeMount().name(DATA).mountPath("/var/lib/checkout").readOnly(true))
                .resources(handBuiltSidecarResources())
                .startupProbe(httpGet("/api/v1/health", "metrics")))
        .addInitContainersItem(
            new V1Container()
                .name(PROXY)
                .image(PROXY_IMAGE)
                .restartPolicy("Always")
                .addPortsItem(new V1ContainerPort().name("proxy").containerPort(15001))
                .addPortsItem(new V1ContainerPort().name("admin").containerPort(15000))
                .addEnvItem(new V1EnvVar().name("ENVOY_LOG_LEVEL").value("warn"))
                .addEnvItem(fieldRef("POD_IP", "status.podIP"))
                .addEnvItem(new V1EnvVar().name("ENVOY_UPSTREAM").value("127.0.0.1:8080"))
                .addVolumeMountsItem(
                    new V1VolumeMount().name(TLS).mountPath("/etc/envoy/tls").readOnly(true))
                .resources(handBuiltSidecarResources())
                .startupProbe(
                    new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(15001))))
                .readinessProbe(httpGet("/ready", "admin")))
        .addInitContainersItem(
            new V1Container()
                .name(EXPORTER)
                .image(EXPORTER_IMAGE)
                .restartPolicy("Always")
                .addPortsItem(new V1ContainerPort().name("metrics").containerPort(9102))
                .addEnvItem(new V1EnvVar().name("STATSD_LISTEN").value(":9125"))
                .addEnvItem(configMapRef("STATSD_MAPPING", CONFIG, "statsd-mapping"))
                .addVolumeMountsItem(new V1VolumeMount().name(CACHE).mountPath("/tmp/statsd"))
                .resources(handBuiltSidecarResources())
                .startupProbe(httpGet("/metrics", "metrics"))
                .livenessProbe(httpGet("/metrics", "metrics")))
        .addVolumesItem(
            new V1Volume()
                .name(CACHE)
                .emptyDir(
                    new V1EmptyDirVolumeSource()
                        .medium("Memory")
                        .sizeLimit(Quantity.fromString("64Mi"))))
        .addVolumesItem(
            new V1Volume()
                .name(CONFIG)
                .configMap(new V1ConfigMapVolumeSource().name("checkout-config")))
        .addVolumesItem(
            new V1Volume().name(TLS).secret(new V1SecretVolumeSource().secretName("checkout-tls")))
        .addVolumesItem(
            new V1Volume()
                .name(DATA)
                .persistentVolumeClaim(
                    new V1PersistentVolumeClaimVolumeSource().claimName("checkout-data")));
  }

  private static V1ResourceRequirements handBuiltSidecarResources() {
    return new V1ResourceRequirements()
        .putRequestsItem("cpu", Quantity.fromString("50m"))
        .putRequestsItem("memory", Quantity.fromString("64Mi"))
        .putLimitsItem("cpu", Quantity.fromString("200m"))
        .putLimitsItem("memory", Quantity.fromString("128Mi"));
  }

  private static V1EnvVar fieldRef(String name, String fieldPath) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(new V1EnvVarSource().fieldRef(new V1ObjectFieldSelector().fieldPath(fieldPath)));
  }

  private static V1EnvVar secretRef(String name, String secret, String key) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(
            new V1EnvVarSource().secretKeyRef(new V1SecretKeySelector().name(secret).key(key)));
  }

  private static V1EnvVar configMapRef(String name, String configMap, String key) {
    return new V1EnvVar()
        .name(name)
        .valueFrom(
            new V1EnvVarSource()
                .configMapKeyRef(new V1ConfigMapKeySelector().name(configMap).key(key)));
  }

  private static V1Probe httpGet(String path, String portName) {
    return new V1Probe().httpGet(new V1HTTPGetAction().path(path).port(new IntOrString(portName)));
  }

  // ---------------------------------------------------------------------------------------------
  // Pods with many sidecars (scaling)
  // ---------------------------------------------------------------------------------------------

  /**
   * The typical pod's main container and volumes with {@code sidecars} native sidecars, each with
   * two mounts, three env vars, a port of its own, resources and a startup probe.
   *
   * @param sidecars how many sidecars, at most 40000 (each gets its own port)
   */
  public static Composition composition(int sidecars) {
    Composition typical = composition();
    Composition.Builder builder = Composition.builder().mainContainer(typical.mainContainer());
    typical.volumes().forEach(builder::volume);
    for (int i = 0; i < sidecars; i++) {
      builder.sidecar(
          Sidecar.builder(String.format("agent-%05d", i))
              .image("registry.example.com/agents/agent:2.3." + i)
              .port(Port.named("metrics", 20000 + i))
              .env("AGENT_ID", Integer.toString(i))
              .env(EnvVar.fromField("NODE_NAME", "spec.nodeName"))
              .env(EnvVar.fromSecret("AGENT_TOKEN", "agent-token", "token"))
              .volumeMount(VolumeMount.of(CACHE, "/tmp/agent").asReadOnly())
              .volumeMount(VolumeMount.of(CONFIG, "/etc/agent").asReadOnly())
              .resources(sidecarResources())
              .startupProbe(Probe.httpGet("/ready", "metrics"))
              .build());
    }
    return builder.build();
  }
}
