package dev.podwright.validation.rules.runtime;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/**
 * The image checks behind {@code RT_IMAGE_UNTAGGED_ALWAYS_PULL} and {@code
 * RT_IMAGE_LATEST_NODE_CACHED}. Both look at floating images (no digest, no tag or the tag {@code
 * latest}) of containers and image volumes; which rule a floating image belongs to depends on its
 * pull policy as Kubernetes defaults it ({@code SetDefaults_Container}, {@code
 * SetDefaults_ImageVolumeSource}: Always for a floating image, IfNotPresent otherwise). An unknown
 * policy is the API server's business ({@code CONTAINER_PULL_POLICY_ENUM}) and neither fires.
 */
final class ImagePullChecks {

  private ImagePullChecks() {}

  /**
   * Reports floating images.
   *
   * @param pullsAlways true for the Always case (default or explicit), false for an explicit
   *     IfNotPresent or Never
   */
  static void check(PodSpecContext context, ViolationSink sink, boolean pullsAlways) {
    for (ContainerRef ref : context.containers()) {
      if (floating(ref.container().getImage()) == null) {
        continue; // pinned: nothing to build, no path, no text
      }
      report(
          sink,
          ref.path().child("image"),
          "container " + Hazards.quote(ref.displayName()),
          ref.container().getImage(),
          ref.container().getImagePullPolicy(),
          "imagePullPolicy",
          pullsAlways);
    }
    List<V1Volume> volumes = Hazards.list(context.spec().getVolumes());
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume == null || volume.getImage() == null) {
        continue;
      }
      report(
          sink,
          context.root().child("volumes").index(i).child("image").child("reference"),
          "image volume " + Hazards.quote(volume.getName()),
          volume.getImage().getReference(),
          volume.getImage().getPullPolicy(),
          "pullPolicy",
          pullsAlways);
    }
  }

  private static void report(
      ViolationSink sink,
      FieldPath path,
      String who,
      String image,
      String policy,
      String policyField,
      boolean pullsAlways) {
    String problem = floating(image);
    if (problem == null) {
      return;
    }
    boolean unset = policy == null || policy.isEmpty();
    String subject = who + " uses image " + Hazards.quote(image) + ", " + problem;
    if (pullsAlways && unset) {
      sink.report(
          path,
          image,
          subject
              + ", and "
              + policyField
              + " is not set, so it defaults to Always: every start pulls, and pods can run"
              + " different content.");
    } else if (pullsAlways && policy.equals("Always")) {
      sink.report(
          path,
          image,
          subject
              + ", with "
              + policyField
              + " Always: every start pulls whatever the tag points to now, so pods of one"
              + " workload can run different content.");
    } else if (!pullsAlways
        && (policy != null && (policy.equals("IfNotPresent") || policy.equals("Never")))) {
      sink.report(
          path,
          image,
          subject
              + ", with "
              + policyField
              + " "
              + policy
              + ": each node runs the copy it already has, so pods on different nodes can run"
              + " different content and a new push never reaches nodes that have one.");
    }
  }

  /** What makes the reference float, or null when it is pinned (or blank: not ours). */
  static String floating(String image) {
    if (image == null || image.isBlank() || image.contains("@")) {
      return null;
    }
    String trimmed = image.trim();
    int colon = ImageRefs.tagColon(trimmed);
    if (colon < 0) {
      return "which has no tag and so means :latest";
    }
    return trimmed.length() - colon - 1 == "latest".length()
            && trimmed.startsWith("latest", colon + 1)
        ? "tagged :latest"
        : null;
  }
}
