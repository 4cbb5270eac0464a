package dev.podwright.validation.rules.runtime;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/**
 * An image without a tag or digest, or tagged {@code :latest}, in a container or an image volume.
 */
public final class ImageTagRule implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "RT_IMAGE_UNTAGGED_ALWAYS_PULL",
          Severity.WARNING,
          Hazards.SECTION,
          "An image (container or image volume) has no tag and no digest, or the tag `latest`.",
          "The pull policy defaults to Always: every start pulls (registry rate limits, slow"
              + " starts, no start while the registry is down), and pods of one workload can run"
              + " different content.",
          "Pin the image to a version tag, or better a digest (`name@sha256:…`).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (ContainerRef ref : context.containers()) {
      String image = ref.container().getImage();
      String problem = problem(image);
      if (problem != null) {
        sink.report(
            ref.path().child("image"),
            image,
            "container "
                + Hazards.quote(ref.displayName())
                + " uses image "
                + Hazards.quote(image)
                + ", "
                + problem
                + ".");
      }
    }
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getImage() == null) {
        continue;
      }
      String image = volume.getImage().getReference();
      String problem = problem(image);
      if (problem != null) {
        sink.report(
            context.root().child("volumes").index(i).child("image").child("reference"),
            image,
            "image volume "
                + Hazards.quote(volume.getName())
                + " uses image "
                + Hazards.quote(image)
                + ", "
                + problem
                + ".");
      }
    }
  }

  /** What is wrong with the reference, or null when it is pinned (or blank: not ours). */
  static String problem(String image) {
    if (image == null || image.isBlank() || image.contains("@")) {
      return null;
    }
    String tag = ImageRefs.tag(image.trim());
    if (tag == null) {
      return "which has no tag and so means :latest";
    }
    return tag.equals("latest") ? "tagged :latest" : null;
  }
}
