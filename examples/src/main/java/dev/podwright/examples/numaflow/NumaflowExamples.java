package dev.podwright.examples.numaflow;

import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;

/**
 * Numaflow pipeline vertices with sidecars: a {@code udf} vertex whose sidecar serves a Unix socket
 * on an in-memory {@code emptyDir}, a {@code sink} vertex with a sidecar, and a {@code source}
 * vertex, which Numaflow runs without sidecars, refused by the workload kind.
 */
public final class NumaflowExamples {

  /** The shared in-memory volume that carries the Unix socket. */
  public static final String SOCKET_VOLUME = "my-udf-volume";

  private NumaflowExamples() {}

  /**
   * A {@code udf} vertex: the sidecar listens on {@code my.sock} in an in-memory {@code emptyDir},
   * the udf container connects to it. Emitted as a native sidecar whose startup probe waits for the
   * socket, so the udf starts only once it exists. Valid.
   */
  public static Example udfWithUnixSocketSidecar() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.UDF)
            .mainContainer(
                ContainerSpec.builder("udf")
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
            .sidecar(
                Sidecar.builder("my-sidecar")
                    .image("alpine:3.20")
                    .command(
                        "/bin/sh",
                        "-c",
                        "apk add socat && socat"
                            + " UNIX-LISTEN:/path/to/my-sidecar-mount-path/my.sock,fork - && tail"
                            + " -f /dev/null")
                    .volumeMount(SOCKET_VOLUME, "/path/to/my-sidecar-mount-path")
                    .startupProbe(
                        Probe.exec("test", "-S", "/path/to/my-sidecar-mount-path/my.sock")
                            .periodSeconds(2)
                            .failureThreshold(30))
                    .resources(smallResources())
                    .build())
            .volume(Volume.emptyDir(SOCKET_VOLUME).inMemory().sizeLimit("16Mi"))
            .build();
    return Example.of(
        "Numaflow udf vertex: sidecar on a Unix socket over an in-memory emptyDir",
        "The sidecar listens on my.sock in a Memory-backed emptyDir that both containers mount;"
            + " as a native sidecar with a startup probe on the socket it is ready before the udf"
            + " starts.",
        composition);
  }

  /** A {@code sink} vertex whose sidecar watches the sink's output directory. Valid. */
  public static Example sinkWithSidecar() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.SINK)
            .mainContainer(
                ContainerSpec.builder("udsink")
                    .image("quay.io/numaio/numaflow-sink/redis-e2e-test-sink:v1.0.0")
                    .volumeMount("sink-spool", "/var/spool/sink")
                    .resources(mainResources())
                    .build())
            .sidecar(
                Sidecar.builder("spool-watcher")
                    .image("busybox:1.36")
                    .command("/bin/sh", "-c", "while true; do ls -l /spool | wc -l; sleep 30; done")
                    .volumeMount(VolumeMount.of("sink-spool", "/spool").asReadOnly())
                    .resources(smallResources())
                    .build())
            .volume(Volume.emptyDir("sink-spool"))
            .build();
    return Example.of(
        "Numaflow sink vertex with a sidecar",
        "Sink vertices take sidecars too; this one reads the sink's spool directory read-only.",
        composition);
  }

  /**
   * A {@code source} vertex given a sidecar: refused with {@code KIND_SIDECARS_NOT_ALLOWED} at
   * {@code sidecars[0]}, the message saying why and where to put the helper instead.
   */
  public static Example sourceWithSidecarRefused() {
    Composition composition =
        Composition.builder()
            .kind(NumaflowKinds.SOURCE)
            .mainContainer(
                ContainerSpec.builder("udsource")
                    .image("quay.io/numaio/numaflow-java/source-simple-source:v0.8.0")
                    .resources(mainResources())
                    .build())
            .sidecar(
                Sidecar.builder("my-sidecar")
                    .image("busybox:1.36")
                    .command("/bin/sh", "-c", "echo my-sidecar is running && tail -f /dev/null")
                    .resources(smallResources())
                    .build())
            .build();
    return Example.of(
        "Numaflow source vertex with a sidecar (refused)",
        "Numaflow runs no sidecars on source vertices; the workload kind says so and the"
            + " validator refuses the sidecar with a message saying where to move it.",
        composition);
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
