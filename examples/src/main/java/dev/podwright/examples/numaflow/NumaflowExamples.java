package dev.podwright.examples.numaflow;

import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Numaflow pipeline vertices with sidecars, laid out as Numaflow's controller lays out a vertex pod
 * (Kubernetes 1.29 and newer) and as {@link NumaflowPipelineReader} reads them: each is laid over
 * {@link NumaflowBaseSpec} (Numaflow's platform-owned {@code init} and {@code numa} containers and
 * its {@code var-run-numaflow} and {@code runtime-vol} volumes); the vertex's UD container ({@code
 * udf}, {@code udsink}, {@code udsource}) is a platform-owned native sidecar after all init
 * containers; the user's sidecars are classic containers after {@code numa}. Three scenarios: a
 * {@code udf} vertex whose sidecar serves a Unix socket on an in-memory {@code emptyDir}, a {@code
 * sink} vertex with a sidecar, and a {@code source} vertex, which Numaflow runs without user
 * sidecars, refused by the workload kind. As in the reader, the user's sidecars come first in each
 * composition, so {@code sidecars[i]} of a finding is {@code sidecars[i]} of the vertex.
 */
public final class NumaflowExamples {

  /** The shared in-memory volume that carries the Unix socket. */
  public static final String SOCKET_VOLUME = "my-udf-volume";

  private NumaflowExamples() {}

  /**
   * A {@code udf} vertex: the user's sidecar {@code my-sidecar} listens on {@code my.sock} in an
   * in-memory {@code emptyDir}, the UD container {@code udf} connects to it, retrying until the
   * socket exists ({@code socat …,forever}). Valid.
   */
  public static Example udfWithUnixSocketSidecar() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.UDF)
            .sidecar(
                userSidecar("my-sidecar")
                    .image("alpine:3.20")
                    .command(
                        "/bin/sh",
                        "-c",
                        "apk add socat && socat"
                            + " UNIX-LISTEN:/path/to/my-sidecar-mount-path/my.sock,fork - && tail"
                            + " -f /dev/null")
                    .volumeMount(SOCKET_VOLUME, "/path/to/my-sidecar-mount-path")
                    .resources(smallResources())
                    .build())
            .sidecar(
                udContainer(NumaflowPipelineReader.UDF)
                    .image("alpine:3.20")
                    .command(
                        "/bin/sh",
                        "-c",
                        "apk add socat && echo hello | socat"
                            + " UNIX-CONNECT:/path/to/my-udf-mount-path/my.sock,forever - && tail"
                            + " -f /dev/null")
                    .volumeMount(SOCKET_VOLUME, "/path/to/my-udf-mount-path")
                    .resources(mainResources())
                    .build())
            .volume(Volume.emptyDir(SOCKET_VOLUME).inMemory().sizeLimit("16Mi"))
            .build();
    return Example.of(
            "Numaflow udf vertex: sidecar on a Unix socket over an in-memory emptyDir",
            "Laid over Numaflow's own init and numa containers: the udf container is Numaflow's"
                + " native sidecar after the init containers, the user's sidecar a classic"
                + " container after numa; the sidecar listens on my.sock in a Memory-backed"
                + " emptyDir that both mount, and the udf retries until the socket exists.",
            composition)
        .withBase(base(NumaflowKinds.UDF));
  }

  /** A {@code sink} vertex whose sidecar watches the sink's spool directory. Valid. */
  public static Example sinkWithSidecar() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.SINK)
            .sidecar(
                userSidecar("spool-watcher")
                    .image("busybox:1.36")
                    .command("/bin/sh", "-c", "while true; do ls -l /spool | wc -l; sleep 30; done")
                    .volumeMount(VolumeMount.of("sink-spool", "/spool").asReadOnly())
                    .resources(smallResources())
                    .build())
            .sidecar(
                udContainer(NumaflowPipelineReader.UDSINK)
                    .image("quay.io/numaio/numaflow-sink/redis-e2e-test-sink:v1.0.0")
                    .volumeMount("sink-spool", "/var/spool/sink")
                    .resources(mainResources())
                    .build())
            .volume(Volume.emptyDir("sink-spool"))
            .build();
    return Example.of(
            "Numaflow sink vertex with a sidecar",
            "Sink vertices take user sidecars too, as classic containers after numa; this one"
                + " reads the sink's spool directory read-only.",
            composition)
        .withBase(base(NumaflowKinds.SINK));
  }

  /**
   * A {@code source} vertex given a user sidecar: refused with {@code KIND_SIDECARS_NOT_ALLOWED} at
   * {@code sidecars[0]}, the message saying why and where to put the helper instead; Numaflow's own
   * {@code udsource}, a platform-owned native sidecar, is not refused.
   */
  public static Example sourceWithSidecarRefused() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.SOURCE)
            .sidecar(
                userSidecar("my-sidecar")
                    .image("busybox:1.36")
                    .command("/bin/sh", "-c", "echo my-sidecar is running && tail -f /dev/null")
                    .resources(smallResources())
                    .build())
            .sidecar(
                udContainer(NumaflowPipelineReader.UDSOURCE)
                    .image("quay.io/numaio/numaflow-java/source-simple-source:v0.8.0")
                    .resources(mainResources())
                    .build())
            .build();
    return Example.of(
            "Numaflow source vertex with a sidecar (refused)",
            "Numaflow runs no user sidecars on source vertices; the workload kind says so and the"
                + " validator refuses the sidecar with a message saying where to move it, while"
                + " Numaflow's own udsource container passes.",
            composition)
        .withBase(base(NumaflowKinds.SOURCE));
  }

  /** Numaflow's own pod parts for the vertex kind, with its default image. */
  private static V1PodSpec base(WorkloadKind kind) {
    return NumaflowBaseSpec.podSpec(kind, NumaflowBaseSpec.DEFAULT_IMAGE);
  }

  /** A user's sidecar on a vertex: a classic container after {@code numa}. */
  private static Sidecar.Builder userSidecar(String name) {
    return Sidecar.builder(name)
        .owner(Owner.USER)
        .mode(SidecarMode.CLASSIC)
        .placement(Placement.LAST_CONTAINER);
  }

  /**
   * A UD container as Numaflow builds it: platform-owned, native, after all init containers, with
   * Numaflow's mounts first, its container-type env var (these scenarios set no env of their own,
   * so its place among the user's does not arise) and its HTTPS {@code /sidecar-livez} liveness
   * probe.
   */
  private static Sidecar.Builder udContainer(String name) {
    Sidecar.Builder ud =
        Sidecar.builder(name)
            .owner(Owner.PLATFORM)
            .mode(SidecarMode.NATIVE)
            .placement(Placement.AFTER_COMPOSITION_INIT_CONTAINERS)
            .env(EnvVar.of(NumaflowPipelineReader.UD_CONTAINER_TYPE_ENV, name));
    ud.volumeMount(NumaflowBaseSpec.VAR_RUN_VOLUME, NumaflowBaseSpec.VAR_RUN_PATH)
        .volumeMount(NumaflowBaseSpec.RUNTIME_VOLUME, NumaflowBaseSpec.RUNTIME_PATH)
        .livenessProbe(
            Probe.httpsGet("/sidecar-livez", NumaflowBaseSpec.METRICS_PORT)
                .initialDelaySeconds(30)
                .periodSeconds(60)
                .timeoutSeconds(30)
                .failureThreshold(5));
    return ud;
  }

  private static Resources mainResources() {
    return Resources.builder()
        .requestCpu("250m")
        .requestMemory("256Mi")
        .limitCpu("1")
        .limitMemory("512Mi")
        .build();
  }

  private static Resources smallResources() {
    return Resources.builder()
        .requestCpu("50m")
        .requestMemory("32Mi")
        .limitCpu("100m")
        .limitMemory("64Mi")
        .build();
  }
}
