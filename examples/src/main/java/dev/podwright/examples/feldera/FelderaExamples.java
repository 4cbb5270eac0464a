package dev.podwright.examples.feldera;

import dev.podwright.examples.Example;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Resources;
import dev.podwright.validation.policy.HostPolicy;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * Feldera pipelines: sidecars given in {@code runtime_config.init_containers} as Kubernetes init
 * containers with {@code restartPolicy: Always} (native sidecars), with resources; and the same
 * pipeline on an installation whose operator set {@code allowInitContainers: false}.
 */
public final class FelderaExamples {

  private FelderaExamples() {}

  /** The sidecar as the user writes it in {@code init_containers}: an official V1Container. */
  public static V1Container helloSidecar() {
    return new V1Container()
        .name("example")
        .image("ubuntu:24.04")
        .restartPolicy("Always")
        .resources(
            new V1ResourceRequirements()
                .requests(
                    Map.of(
                        "memory", Quantities.require("256Mi"), "cpu", Quantities.require("250m")))
                .limits(
                    Map.of(
                        "memory", Quantities.require("512Mi"), "cpu", Quantities.require("500m"))))
        .command(List.of("bash", "-c", "echo 'Hello, world!'; sleep infinity"));
  }

  /** The pipeline's pod: its main container plus the user's native sidecar. */
  public static Composition pipelineComposition() {
    return Composition.builder()
        .mainContainer(
            ContainerSpec.builder("pipeline")
                .image("images.feldera.com/feldera/pipeline-manager:0.105.0")
                .port("http", 8080)
                .resources(
                    Resources.builder()
                        .requestCpu("2")
                        .requestMemory("4Gi")
                        .limitCpu("4")
                        .limitMemory("8Gi")
                        .build())
                .build())
        .sidecar(helloSidecar())
        .build();
  }

  /** The pipeline with its sidecar, emitted as a native sidecar. Valid. */
  public static Example pipelineWithNativeSidecar() {
    return Example.of(
        "Feldera pipeline: a sidecar from runtime_config.init_containers",
        "The user's init container with restartPolicy: Always is a native sidecar: it starts"
            + " before the pipeline and keeps running next to it, within its own resources.",
        pipelineComposition());
  }

  /**
   * The same pipeline where the operator forbids init containers: refused with {@code
   * COMPOSITION_SIDECARS_FORBIDDEN} at {@code sidecars[0]}, and the emitted native sidecar with
   * {@code POLICY_INIT_CONTAINERS_FORBIDDEN} at {@code spec.initContainers[0]}.
   */
  public static Example pipelineWithInitContainersForbidden() {
    return Example.of(
            "Feldera pipeline on an installation with allowInitContainers: false (refused)",
            "The operator switched init containers off, and with them native sidecars: the"
                + " pipeline would fail to start, so the sidecar is refused up front.",
            pipelineComposition())
        .withPolicy(HostPolicy.builder().allowInitContainers(false).build());
  }
}
