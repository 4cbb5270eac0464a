package dev.podwright.validation.rules.containers;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * An image has no leading or trailing whitespace ({@code CONTAINER_IMAGE_WHITESPACE}). The API
 * server checks this for Pods only; a template with such an image is accepted, but every Pod made
 * from it is rejected, so it is reported for templates too.
 */
public final class ContainerImageWhitespace implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_IMAGE_WHITESPACE",
          Severity.ERROR,
          ContainerRules.SECTION,
          "Container images have no leading or trailing whitespace.",
          "The API server rejects such a Pod (Invalid value); for a workload template the"
              + " controller's Pod creations fail instead.",
          "Trim the image reference.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      if (image != null && !image.isEmpty() && !image.equals(image.strip())) {
        sink.report(
            ref.path().child("image"),
            image,
            "Invalid value: \"" + image + "\": must not have leading or trailing whitespace.");
      }
    }
  }
}
