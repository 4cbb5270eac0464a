package dev.podwright.examples.hkube;

import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HKube algorithms: a {@code sideCars} array of {@code {container, volumeMounts, environments}},
 * volumes declared once at algorithm level, and default resources for sidecars that set none.
 */
public final class HkubeExamples {

  /** HKube's default sidecar resources: requests of cpu 100m (0.1) and memory 128Mi. */
  public static final Resources SIDECAR_DEFAULTS = HkubeAlgorithmReader.DEFAULT_SIDECAR_RESOURCES;

  private HkubeExamples() {}

  /**
   * An algorithm with three sidecars sharing the algorithm-level volume {@code shared-volume}:
   * {@code mycar} with its own resources and an {@code environments} map, {@code metrics} and
   * {@code uploader} given HKube's default resources. Valid.
   */
  public static Example algorithmWithThreeSidecars() {
    return Example.of(
        "HKube algorithm with three sidecars, shared volumes and default resources",
        "Volumes are declared once for the algorithm and mounted by the algorunner and the"
            + " sidecars; sidecars without resources get HKube's defaults (cpu 100m, memory"
            + " 128Mi).",
        algorithm("metrics", "uploader"));
  }

  /**
   * Two sidecars named {@code mycar}: refused with {@code COMPOSITION_DUPLICATE_CONTAINER_NAME} at
   * {@code sidecars[2].name}; the emitter also refuses the second container ({@code MERGE_CONFLICT}
   * at {@code spec.initContainers[0].name}), so no spec is emitted.
   */
  public static Example duplicateSidecarNameRefused() {
    return Example.of(
        "HKube algorithm with two sidecars of the same name (refused)",
        "Each sidecar container must have a unique name; the second mycar is refused.",
        algorithm("metrics", "mycar"));
  }

  private static Composition algorithm(String secondSidecar, String thirdSidecar) {
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("env1", "val1");
    environments.put("SHARED_DIR", "/shared-dir");
    return Composition.builder()
        .mainContainer(
            ContainerSpec.builder("algorunner")
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
            Sidecar.builder("mycar")
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
            Sidecar.builder(secondSidecar)
                .image("prom/node-exporter:v1.8.2")
                .port("metrics", 9100)
                .startupProbe(Probe.httpGet("/metrics", "metrics"))
                .build())
        .sidecar(
            Sidecar.builder(thirdSidecar)
                .image("busybox:1.36")
                .command("/bin/sh", "-c", "while true; do sync; sleep 60; done")
                .volumeMount(VolumeMount.of("shared-volume", "/shared-dir").asReadOnly())
                .build())
        .sidecarResourceDefaults(SIDECAR_DEFAULTS)
        .build();
  }
}
