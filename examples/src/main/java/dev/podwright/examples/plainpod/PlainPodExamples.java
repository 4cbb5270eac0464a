package dev.podwright.examples.plainpod;

import dev.podwright.emit.EmitOptions;
import dev.podwright.examples.Example;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.PullPolicy;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;

/** A plain Kubernetes Pod: nginx serving what a busybox sidecar writes into a shared emptyDir. */
public final class PlainPodExamples {

  private PlainPodExamples() {}

  /**
   * nginx serves {@code /usr/share/nginx/html}; the {@code content} sidecar writes {@code
   * index.html} into the same {@code emptyDir}, mounted at {@code /nginx-data}. Emitted as the
   * classic two-container pod of the original manifest. Valid.
   */
  public static Example nginxWithContentSidecar() {
    Composition composition =
        Composition.builder()
            .mainContainer(
                ContainerSpec.builder("nginx")
                    .image("docker.io/library/nginx:1.24.0")
                    .pullPolicy(PullPolicy.IF_NOT_PRESENT)
                    .port(80)
                    .volumeMount("shared-data", "/usr/share/nginx/html")
                    .build())
            .sidecar(
                Sidecar.builder("content")
                    .image("docker.io/library/busybox:1.36.0")
                    .pullPolicy(PullPolicy.IF_NOT_PRESENT)
                    .command("/bin/sh")
                    .args(
                        "-c",
                        "echo 'Hello from the sidecar container!' > /nginx-data/index.html &&"
                            + " sleep 3600")
                    .volumeMount("shared-data", "/nginx-data")
                    .build())
            .volume(Volume.emptyDir("shared-data"))
            .build();
    return Example.of(
            "Plain Pod: nginx serving content a busybox sidecar writes",
            "Both containers mount the emptyDir shared-data; the sidecar writes index.html, nginx"
                + " serves it on port 80.",
            composition)
        .withOptions(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build());
  }
}
