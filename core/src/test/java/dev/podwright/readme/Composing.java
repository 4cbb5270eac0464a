package dev.podwright.readme;

import dev.podwright.emit.BaseSpec;
import dev.podwright.emit.Emission;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1PodSpec;

/** The README's "Owners, placement, injection and precedence" snippet, compiled and run. */
final class Composing {

  private Composing() {}

  static Emission run(V1PodSpec appPod) {
    // README:begin
    Composition composition =
        Composition.builder()
            // the platform's own proxy: a native sidecar after the app's init containers
            .sidecar(
                Sidecar.builder("daprd")
                    .image("daprio/daprd:1.15.4")
                    .owner(Owner.PLATFORM)
                    .placement(Placement.AFTER_HOST_INIT_CONTAINERS)
                    .volumeMount(VolumeMount.of("dapr-sockets", "/var/run/dapr-sockets"))
                    .build())
            // the user's log shipper: a classic container after the app's
            .sidecar(
                Sidecar.builder("log-shipper")
                    .image("fluent/fluent-bit:3.1")
                    .placement(Placement.LAST_CONTAINER)
                    .build())
            .volume(Volume.emptyDir("dapr-sockets").inMemory())
            // into every app container: env and the socket mount, keeping what the user set
            .inject(
                Injection.into(ContainerSelector.allAppContainers())
                    .env("DAPR_HTTP_PORT", "3500")
                    .volumeMount(VolumeMount.of("dapr-sockets", "/var/run/dapr-sockets"))
                    .precedence(Precedence.KEEP_EXISTING)
                    .build())
            // sidecars: requests 100m / 128Mi and limits twice the requests, under their own
            .resourceDefaults(
                ResourceDefaults.derived(
                    Resources.builder().requestCpu("100m").requestMemory("128Mi").build(), 2))
            .build();

    Emission emission =
        PodSpecEmitter.standard().emission(composition, BaseSpec.of(appPod)); // app: platform-owned
    V1PodSpec spec = emission.spec();
    String review = emission.provenance().render(); // what came from where, and why
    // README:end
    return emission;
  }
}
