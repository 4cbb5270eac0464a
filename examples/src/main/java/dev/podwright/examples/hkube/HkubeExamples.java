package dev.podwright.examples.hkube;

import dev.podwright.emit.EmitOptions;
import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.Probe;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HKube algorithms, laid out as HKube's task executor lays out an algorithm's job pod and as {@link
 * HkubeAlgorithmReader} reads them: over HKube's worker template ({@code worker} and {@code
 * algorunner}, platform-owned), the algorithm's image, volume mount and resources merge onto {@code
 * algorunner}; its volumes are the pod's; each of its {@code sideCars} is a user-owned classic
 * container after {@code worker} and {@code algorunner}, given HKube's default resources key by key
 * under its own: requests of CPU 100m and memory 128Mi, limits twice the requests.
 */
public final class HkubeExamples {

  /** HKube's default sidecar resource policy (100m / 128Mi, limits twice the requests). */
  public static final ResourceDefaults SIDECAR_POLICY = HkubeAlgorithmReader.DEFAULT_SIDECAR_POLICY;

  /** HKube sets the algorithm's image and resources on the template's {@code algorunner}. */
  private static final EmitOptions OVER_THE_TEMPLATE =
      EmitOptions.builder().precedence(Precedence.OVERRIDE).build();

  /** HKube's worker image in the worker template. */
  public static final String WORKER_IMAGE = "hkube/worker:v2.9.0";

  private HkubeExamples() {}

  /**
   * An algorithm with three sidecars sharing the algorithm-level volume {@code shared-volume}:
   * {@code mycar} with its own resources and an {@code environments} map, {@code metrics} and
   * {@code uploader} given HKube's default resources. Valid.
   */
  public static Example algorithmWithThreeSidecars() {
    return Example.of(
            "HKube algorithm with three sidecars, shared volumes and default resources",
            "Over HKube's worker template: volumes are declared once for the algorithm and mounted"
                + " by the algorunner and the sidecars, which run as classic containers after"
                + " worker and algorunner; sidecars without resources get HKube's defaults (cpu"
                + " 100m, memory 128Mi, limits twice the requests).",
            algorithm("metrics", "uploader"))
        .withBase(workerTemplate())
        .withOptions(OVER_THE_TEMPLATE);
  }

  /**
   * Two sidecars named {@code mycar}: refused once, with the API server's {@code
   * CONTAINER_NAME_UNIQUE_REGULAR} at the second one's declaration path {@code sidecars[2].name}.
   */
  public static Example duplicateSidecarNameRefused() {
    return Example.of(
            "HKube algorithm with two sidecars of the same name (refused)",
            "Each sidecar container must have a unique name; the second mycar is refused.",
            algorithm("metrics", "mycar"))
        .withBase(workerTemplate())
        .withOptions(OVER_THE_TEMPLATE);
  }

  private static Composition algorithm(String secondSidecar, String thirdSidecar) {
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("env1", "val1");
    environments.put("SHARED_DIR", "/shared-dir");
    return Composition.builder()
        .mainContainer(
            ContainerSpec.builder(HkubeAlgorithmReader.MAIN_CONTAINER)
                .image("docker.io/hkubedevtest/print-every-10-sec:v4o4c4xne")
                .volumeMount("shared-volume", "/shared-dir")
                .resources(
                    Resources.builder()
                        .requestCpu("1")
                        .requestMemory("512Mi")
                        .limitCpu("1")
                        .limitMemory("512Mi")
                        .build())
                .build())
        .volume(Volume.emptyDir("shared-volume"))
        .sidecar(
            userSidecar("mycar")
                .image("httpd:2.4")
                .resources(
                    Resources.builder()
                        .requestCpu("500m")
                        .requestMemory("256Mi")
                        .limitCpu("1")
                        .limitMemory("512Mi")
                        .build())
                .volumeMount("shared-volume", "/shared-dir")
                .env(environments)
                .build())
        .sidecar(
            userSidecar(secondSidecar)
                .image("prom/node-exporter:v1.8.2")
                .port("metrics", 9100)
                .startupProbe(Probe.httpGet("/metrics", "metrics"))
                .build())
        .sidecar(
            userSidecar(thirdSidecar)
                .image("busybox:1.36")
                .command("/bin/sh", "-c", "while true; do sync; sleep 60; done")
                .volumeMount(VolumeMount.of("shared-volume", "/shared-dir").asReadOnly())
                .build())
        .resourceDefaults(SIDECAR_POLICY)
        .build();
  }

  /** A sidecar of the algorithm: user-owned, a classic container after worker and algorunner. */
  private static Sidecar.Builder userSidecar(String name) {
    return Sidecar.builder(name)
        .owner(Owner.USER)
        .mode(SidecarMode.CLASSIC)
        .placement(Placement.LAST_CONTAINER);
  }

  /**
   * HKube's worker template, reduced to what these scenarios need: the platform-owned {@code
   * worker} and {@code algorunner} containers (HKube's own environment, mounts and cluster-wide
   * steps are in the reproduction test, {@code HkubeReproductionTest}).
   */
  private static V1PodSpec workerTemplate() {
    return new V1PodSpec()
        .addContainersItem(new V1Container().name("worker").image(WORKER_IMAGE))
        .addContainersItem(
            new V1Container()
                .name(HkubeAlgorithmReader.MAIN_CONTAINER)
                .image("hkube/algorunner:v2.9.0"));
  }
}
