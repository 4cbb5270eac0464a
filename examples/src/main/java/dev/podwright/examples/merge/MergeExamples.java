package dev.podwright.examples.merge;

import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;

/**
 * A host platform's own base pod spec with the user's composition laid over it ({@code
 * emit(composition, base)}): the sidecar and its volume are added, the host's containers and
 * volumes kept; a volume of the same name with another source is a collision.
 */
public final class MergeExamples {

  private MergeExamples() {}

  /** The host's base spec: its {@code server} container and its {@code config} volume. */
  public static V1PodSpec hostBaseSpec() {
    return new V1PodSpec()
        .addContainersItem(
            new V1Container()
                .name("server")
                .image("registry.example.com/platform/server:4.2.0")
                .addPortsItem(new V1ContainerPort().name("http").containerPort(8080))
                .addVolumeMountsItem(
                    new V1VolumeMount().name("config").mountPath("/etc/server").readOnly(true)))
        .addVolumesItem(
            new V1Volume()
                .name("config")
                .configMap(new V1ConfigMapVolumeSource().name("server-config")));
  }

  /** The user's sidecar: a config reloader that reads the host's {@code config} volume. */
  public static Sidecar reloader() {
    return Sidecar.builder("config-reloader")
        .image("ghcr.io/jimmidyson/configmap-reload:v0.13.1")
        .args("--volume-dir=/etc/server", "--webhook-url=http://localhost:8080/-/reload")
        .volumeMount(VolumeMount.of("config", "/etc/server").asReadOnly())
        .build();
  }

  /**
   * The reloader laid over the base: it mounts the host's {@code config} volume, and is added as a
   * native sidecar after the host's (no) init containers. Valid.
   */
  public static Example sidecarOntoBaseSpec() {
    return Example.of(
            "Merge onto a host's base pod spec",
            "The host owns the server container and the config volume; the user's reloader"
                + " sidecar is added next to them and mounts the host's volume.",
            Composition.builder().sidecar(reloader()).build())
        .withBase(hostBaseSpec());
  }

  /**
   * A composition declaring {@code config} from another ConfigMap: a collision, reported as {@code
   * MERGE_CONFLICT} at {@code spec.volumes[0]} (and thrown as a {@code MergeConflictException} by
   * the emitter).
   */
  public static Example conflictingVolume() {
    Composition conflicting =
        Composition.builder()
            .sidecar(reloader())
            .volume(Volume.configMap("config", "reloader-config"))
            .build();
    return Example.of(
            "Merge onto a host's base pod spec with a collision (refused)",
            "The composition declares the volume config from another ConfigMap than the host's;"
                + " merging would drop one of them, so it is reported.",
            conflicting)
        .withBase(hostBaseSpec());
  }
}
