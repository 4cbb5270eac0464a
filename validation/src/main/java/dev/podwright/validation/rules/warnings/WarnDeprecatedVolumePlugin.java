package dev.podwright.validation.rules.warnings;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/** Volumes of deprecated or removed in-tree plugins ({@code W_DEPRECATED_VOLUME_PLUGIN}). */
public final class WarnDeprecatedVolumePlugin implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "W_DEPRECATED_VOLUME_PLUGIN",
          Severity.WARNING,
          "K. Warnings returned by the API server",
          "Volumes do not use deprecated in-tree plugins (gitRepo, cephfs, rbd, glusterfs, flocker, storageOS, quobyte, scaleIO, photonPersistentDisk).",
          "The API server warns; these plugins are disabled or non-functional on current clusters, so the mount fails on the node.",
          "Use a CSI driver, or for gitRepo an init container that clones into an emptyDir.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    boolean gitRepoOff = context.version().isAtLeast(GIT_REPO_OFF);
    FieldPath root = context.root();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume v = volumes.get(i);
      if (v == null) {
        continue;
      }
      warn(
          sink,
          root,
          i,
          "photonPersistentDisk",
          v.getPhotonPersistentDisk(),
          "deprecated in v1.11, non-functional in v1.16+");
      warn(
          sink,
          root,
          i,
          "gitRepo",
          v.getGitRepo(),
          gitRepoOff
              ? "deprecated in v1.11, and disabled by default in v1.33+"
              : "deprecated in v1.11");
      warn(
          sink,
          root,
          i,
          "scaleIO",
          v.getScaleIO(),
          "deprecated in v1.16, non-functional in v1.22+");
      warn(
          sink,
          root,
          i,
          "flocker",
          v.getFlocker(),
          "deprecated in v1.22, non-functional in v1.25+");
      warn(
          sink,
          root,
          i,
          "storageOS",
          v.getStorageos(),
          "deprecated in v1.22, non-functional in v1.25+");
      warn(
          sink,
          root,
          i,
          "quobyte",
          v.getQuobyte(),
          "deprecated in v1.22, non-functional in v1.25+");
      warn(
          sink,
          root,
          i,
          "glusterfs",
          v.getGlusterfs(),
          "deprecated in v1.25, non-functional in v1.26+");
      warn(sink, root, i, "cephfs", v.getCephfs(), "deprecated in v1.28, non-functional in v1.31+");
      warn(sink, root, i, "rbd", v.getRbd(), "deprecated in v1.28, non-functional in v1.31+");
    }
  }

  /** The gitRepo volume driver is disabled by default from this release. */
  static final KubernetesVersion GIT_REPO_OFF = KubernetesVersion.of(1, 33);

  /** Warns about {@code plugin} of {@code root.volumes[index]} when it is set. */
  private static void warn(
      ViolationSink sink, FieldPath root, int index, String plugin, Object source, String message) {
    if (source != null) {
      sink.report(
          root.child("volumes").index(index).child(plugin),
          plugin,
          plugin + " volumes are " + message);
    }
  }
}
