package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** Every container and init container names an image ({@code CONTAINER_IMAGE_REQUIRED}). */
public final class ContainerImageRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_IMAGE_REQUIRED",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Every container and init container has a non-empty image.",
          "The API server rejects a container without an image (Required value), for pods and pod"
              + " templates alike.",
          "Set the image, pinned to a tag or digest, e.g. \"busybox:1.36\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      if (image == null || image.isEmpty()) {
        sink.report(
            ref.path().child("image"),
            null,
            "Required value: container \"" + ref.displayName() + "\" has no image.");
      }
    }
  }
}
