package dev.podwright.examples.reproductions;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.Origin;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Port;
import dev.podwright.model.Precedence;
import dev.podwright.model.Probe;
import dev.podwright.model.PullPolicy;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.validation.PodSpecValidator;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import org.junit.jupiter.api.Test;

/**
 * A Dapr-injected application pod (dapr/dapr pkg/injector/patcher, see the YAML's header) in one
 * emission: the user's pod is the base spec; Dapr's composition is a native {@code daprd} sidecar
 * after the app's init containers, its two volumes, and one injection of env and the socket mount
 * into every app container that keeps what the user already set.
 */
class DaprReproductionTest {

  private static final String SOCKET_VOLUME = "dapr-unix-domain-socket";

  /** The pod as the user wrote it, before the injector sees it. */
  static V1PodSpec userPod() {
    return new V1PodSpec()
        .serviceAccountName("orders")
        .addInitContainersItem(
            new V1Container()
                .name("migrate")
                .image("example.com/orders-migrate:1.4.0")
                .addArgsItem("migrate")
                .addArgsItem("--to")
                .addArgsItem("latest"))
        .addContainersItem(
            new V1Container()
                .name("orders")
                .image("example.com/orders:1.4.0")
                .addEnvItem(new V1EnvVar().name("DAPR_HTTP_PORT").value("3600"))
                .addEnvItem(new V1EnvVar().name("LOG_LEVEL").value("info"))
                .addPortsItem(new V1ContainerPort().name("http").containerPort(8080))
                .addVolumeMountsItem(
                    new V1VolumeMount().name("config").mountPath("/etc/orders").readOnly(true)))
        .addContainersItem(new V1Container().name("audit").image("example.com/orders-audit:1.4.0"))
        .addVolumesItem(
            new V1Volume()
                .name("config")
                .configMap(new V1ConfigMapVolumeSource().name("orders-config")));
  }

  /** What the Dapr injector adds, as a composition. */
  static Composition daprInjection() {
    Sidecar daprd =
        Sidecar.builder("daprd")
            .owner(Owner.PLATFORM)
            .mode(SidecarMode.NATIVE)
            .placement(Placement.AFTER_COMPOSITION_INIT_CONTAINERS)
            .image("ghcr.io/dapr/daprd:1.16.0")
            .pullPolicy(PullPolicy.IF_NOT_PRESENT)
            .args(
                "/daprd",
                "--dapr-http-port",
                "3500",
                "--dapr-grpc-port",
                "50001",
                "--dapr-internal-grpc-port",
                "50002",
                "--dapr-listen-addresses",
                "[::1],127.0.0.1",
                "--dapr-public-port",
                "3501",
                "--app-id",
                "orders",
                "--app-protocol",
                "http",
                "--log-level",
                "info",
                "--dapr-graceful-shutdown-seconds",
                "-1",
                "--mode",
                "kubernetes",
                "--control-plane-address",
                "dapr-api.dapr-system.svc.cluster.local:443",
                "--sentry-address",
                "dapr-sentry.dapr-system.svc.cluster.local:443",
                "--app-port",
                "8080",
                "--enable-metrics",
                "--metrics-port",
                "9090",
                "--placement-host-address",
                "dapr-placement-server.dapr-system.svc.cluster.local:50005",
                "--enable-mtls",
                "--unix-domain-socket",
                "/var/run/dapr-sockets",
                "--scheduler-host-address",
                "dapr-scheduler-server-a.dapr-system.svc.cluster.local:443")
            .env(EnvVar.of("NAMESPACE", "default"))
            .env(EnvVar.of("DAPR_TRUST_ANCHORS", "<PEM of the current trust anchors>"))
            .env(EnvVar.fromField("POD_NAME", "metadata.name"))
            .env(EnvVar.of("DAPR_CONTROLPLANE_NAMESPACE", "dapr-system"))
            .env(EnvVar.of("DAPR_CONTROLPLANE_TRUST_DOMAIN", "cluster.local"))
            .port(Port.named("dapr-http", 3500))
            .port(Port.named("dapr-grpc", 50001))
            .port(Port.named("dapr-internal", 50002))
            .port(Port.named("dapr-metrics", 9090))
            .readinessProbe(
                Probe.httpGet("/v1.0/healthz", 3501)
                    .initialDelaySeconds(1)
                    .timeoutSeconds(1)
                    .periodSeconds(1)
                    .failureThreshold(5))
            .livenessProbe(
                Probe.tcpSocket(3501)
                    .initialDelaySeconds(180)
                    .timeoutSeconds(3)
                    .periodSeconds(10)
                    .failureThreshold(5))
            .securityContext(
                SecurityContext.builder()
                    .allowPrivilegeEscalation(false)
                    .runAsNonRoot(true)
                    .readOnlyRootFilesystem(true)
                    .build())
            .volumeMount(SOCKET_VOLUME, "/var/run/dapr-sockets")
            .volumeMount(
                VolumeMount.of("dapr-identity-token", "/var/run/secrets/dapr.io/sentrytoken")
                    .asReadOnly())
            .build();
    V1VolumeProjection token =
        new V1VolumeProjection()
            .serviceAccountToken(
                new V1ServiceAccountTokenProjection()
                    .audience("spiffe://cluster.local/ns/dapr-system/dapr-sentry")
                    .expirationSeconds(7200L)
                    .path("token"));
    return Composition.builder()
        .sidecar(daprd)
        .volume(Volume.emptyDir(SOCKET_VOLUME).inMemory())
        .volume(Volume.projected("dapr-identity-token", token).defaultMode(420))
        .inject(
            Injection.into(ContainerSelector.allAppContainers())
                .env("DAPR_HTTP_PORT", "3500")
                .env("DAPR_GRPC_PORT", "50001")
                .env("APP_PROTOCOL", "http")
                .volumeMount(VolumeMount.of(SOCKET_VOLUME, "/tmp/dapr-sockets"))
                .precedence(Precedence.KEEP_EXISTING)
                .build())
        .build();
  }

  static Emission emit() {
    return PodSpecEmitter.builder()
        .options(EmitOptions.builder().kubernetesVersion("1.29").build())
        .build()
        .emission(daprInjection(), BaseSpec.of(userPod()).withDefaultOwner(Owner.USER));
  }

  @Test
  void oneEmissionGivesTheInjectedPodWhole() {
    Reproductions.assertSameSpec(emit().spec(), Reproductions.expected("dapr-injected-pod"));
  }

  @Test
  void theUsersContainersComeFromTheBaseAndDaprdFromTheComposition() {
    Emission emission = emit();

    assertThat(emission.provenance().originOf("spec.initContainers[0]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.BASE_SPEC);
              assertThat(origin.owner()).isEqualTo(Owner.USER);
            });
    assertThat(emission.provenance().originOf("spec.initContainers[1]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.DECLARATION);
              assertThat(origin.declarationPath()).isEqualTo("sidecars[0]");
              assertThat(origin.owner()).isEqualTo(Owner.PLATFORM);
            });
    for (String app : new String[] {"spec.containers[0]", "spec.containers[1]"}) {
      assertThat(emission.provenance().originOf(app).map(Origin::source))
          .contains(Origin.Source.BASE_SPEC);
      assertThat(emission.provenance().ownerOf(app)).contains(Owner.USER);
    }
    assertThat(emission.provenance().originOf("spec.volumes[0]").map(Origin::source))
        .contains(Origin.Source.BASE_SPEC);
    assertThat(emission.provenance().declarationPathOf("spec.volumes[1]")).contains("volumes[0]");
    assertThat(emission.provenance().declarationPathOf("spec.volumes[2]")).contains("volumes[1]");
  }

  @Test
  void theValueTheUserSetIsKeptAndRecordedAsKeptExisting() {
    Emission emission = emit();

    assertThat(emission.provenance().collisions())
        .singleElement()
        .satisfies(
            collision -> {
              assertThat(collision.path()).isEqualTo("spec.containers[0].env[0]");
              assertThat(collision.precedence()).isEqualTo(Precedence.KEEP_EXISTING);
              assertThat(collision.incomingWins()).isFalse();
              assertThat(collision.held()).contains("3600");
            });
    assertThat(emission.provenance().originOf("spec.containers[0].env[0]").map(Origin::source))
        .as("orders' own DAPR_HTTP_PORT stays the user's")
        .contains(Origin.Source.BASE_SPEC);
    assertThat(emission.provenance().originOf("spec.containers[0].env[2]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.INJECTION);
              assertThat(origin.declarationPath()).isEqualTo("injections[0].env[1]");
            });
    assertThat(emission.provenance().originOf("spec.containers[1].env[0]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.INJECTION);
              assertThat(origin.declarationPath()).isEqualTo("injections[0].env[0]");
            });
    assertThat(emission.provenance().originOf("spec.containers[1].volumeMounts[0]"))
        .get()
        .satisfies(
            origin -> {
              assertThat(origin.source()).isEqualTo(Origin.Source.INJECTION);
              assertThat(origin.declarationPath()).isEqualTo("injections[0].volumeMounts[0]");
            });
    assertThat(emission.spec().getInitContainers().get(0).getEnv())
        .as("init containers are not app containers")
        .isNull();
  }

  @Test
  void aDifferenceNamesTheDifferingPath() {
    V1PodSpec drifted = emit().spec();
    drifted.getContainers().get(1).setImage("example.com/orders-audit:1.5.0");

    assertThatThrownBy(
            () ->
                Reproductions.assertSameSpec(drifted, Reproductions.expected("dapr-injected-pod")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            ".image: expected \"example.com/orders-audit:1.4.0\" but was"
                + " \"example.com/orders-audit:1.5.0\"");
  }

  /**
   * Known divergence, recorded rather than hidden: Dapr's GetVolumeMountPatchOperations skips the
   * socket mount where a container already mounts the same path OR the same volume name; Podwright
   * keys mounts by {@code mountPath} only (Kubernetes' merge key), so a container that mounts the
   * socket volume elsewhere gets the second mount Dapr would not add. No selector can see a
   * container's mounts, so a host cannot express Dapr's rule today.
   */
  @Test
  void aContainerMountingTheSocketVolumeElsewhereStillGetsTheMount() {
    V1PodSpec pod = userPod();
    pod.getContainers()
        .get(1)
        .addVolumeMountsItem(new V1VolumeMount().name(SOCKET_VOLUME).mountPath("/custom"));

    V1PodSpec spec =
        PodSpecEmitter.standard()
            .emission(daprInjection(), BaseSpec.of(pod).withDefaultOwner(Owner.USER))
            .spec();

    assertThat(spec.getContainers().get(1).getVolumeMounts())
        .extracting(V1VolumeMount::getMountPath)
        .containsExactly("/custom", "/tmp/dapr-sockets");
  }

  @Test
  void theInjectedPodIsValidWithOnlyTheWarningsDaprsOwnPodDraws() {
    PodSpecValidator v =
        PodSpecValidator.builder().kubernetesVersion(KubernetesVersion.NATIVE_SIDECARS).build();

    assertThat(v.validate(emit().spec()))
        .hasExactly(
            "INFO RT_SIDECAR_ORDERING spec.initContainers[1].restartPolicy",
            "WARNING RT_SIDECAR_NO_STARTUP_PROBE spec.initContainers[1].startupProbe");
  }
}
