package com.example.platform;

import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.WorkloadKind;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.policy.HostPolicy;
import io.kubernetes.client.openapi.models.V1PodSpec;

/** A tiny platform: every workload gets a log shipper reading its logs. */
public final class Platform {

  /** Workloads that run to completion must not get classic sidecars. */
  public static final WorkloadKind BATCH =
      WorkloadKind.builder("batch").runsToCompletion().maxSidecars(2).build();

  private final CompositionValidator validator =
      CompositionValidator.builder()
          .emitter(
              PodSpecEmitter.builder()
                  .options(EmitOptions.builder().kubernetesVersion("1.31").build())
                  .build())
          .policy(
              HostPolicy.builder()
                  .requireRequests("cpu", "memory")
                  .reservedContainerNames("platform-agent")
                  .build())
          .build();

  /** The workload's composition: its container plus the platform's log shipper. */
  public Composition compose(String workload, String image) {
    Resources small = Resources.builder().requestCpu("50m").requestMemory("64Mi").build();
    return Composition.builder()
        .kind(BATCH)
        .mainContainer(
            ContainerSpec.builder(workload)
                .image(image)
                .resources(small)
                .volumeMount("logs", "/var/log/app")
                .env("LOG_DIR", "/var/log/app")
                .build())
        .volume(Volume.emptyDir("logs").inMemory().sizeLimit("64Mi"))
        .sidecar(
            Sidecar.builder("log-shipper")
                .image("fluent/fluent-bit:3.1")
                .resources(small)
                .volumeMount(VolumeMount.of("logs", "/logs").asReadOnly())
                .build())
        .build();
  }

  /** The platform's own pod settings, which every batch pod starts from. */
  static V1PodSpec base() {
    return new V1PodSpec().restartPolicy("Never").serviceAccountName("batch-runner");
  }

  /** Validates and emits onto the platform's base spec, as its reconciler would. */
  public CompositionValidator.Result render(String workload, String image) {
    return validator.validate(compose(workload, image), base());
  }
}
