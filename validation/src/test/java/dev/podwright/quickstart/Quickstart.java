package dev.podwright.quickstart;

import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.WorkloadKind;
import dev.podwright.validation.composition.CompositionValidator;
import dev.podwright.validation.policy.HostPolicy;
import io.kubernetes.client.openapi.models.V1PodSpec;

/** The README's quickstart, compiled and run by {@link ReadmeQuickstartTest}. */
final class Quickstart {

  private Quickstart() {}

  static V1PodSpec run() {
    // README:begin
    WorkloadKind udf = WorkloadKind.builder("udf").build();

    Composition composition =
        Composition.builder()
            .kind(udf)
            .mainContainer(
                ContainerSpec.builder("udf")
                    .image("my-function:1.0")
                    .volumeMount("uds", "/var/run/uds")
                    .resources(
                        Resources.builder().requestCpu("500m").requestMemory("256Mi").build())
                    .build())
            .volume(Volume.emptyDir("uds").inMemory().sizeLimit("16Mi"))
            .sidecar(
                Sidecar.builder("lib-server")
                    .image("alpine:3.20")
                    .command("/bin/sh", "-c", "socat UNIX-LISTEN:/uds/lib.sock,fork EXEC:/lib")
                    .volumeMount(VolumeMount.of("uds", "/uds"))
                    .startupProbe(Probe.exec("test", "-S", "/uds/lib.sock"))
                    .resources(Resources.builder().requestCpu("50m").requestMemory("64Mi").build())
                    .build())
            .build();

    PodSpecEmitter emitter =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().kubernetesVersion("1.31").build()) // native sidecars
            .build();

    CompositionValidator.Result result =
        CompositionValidator.builder()
            .emitter(emitter)
            .policy(HostPolicy.builder().requireRequests("cpu", "memory").build())
            .build()
            .validate(composition);

    result.report().throwIfInvalid(); // lists every problem, with rule ids and field paths
    V1PodSpec spec = result.spec(); // official io.kubernetes.client.openapi.models.V1PodSpec
    // README:end
    return spec;
  }
}
