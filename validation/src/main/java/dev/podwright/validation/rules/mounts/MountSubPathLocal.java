package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A mount's {@code subPath} is relative and has no {@code ..} element ({@code
 * MOUNT_SUBPATH_LOCAL}); reported at {@code ...volumeMounts.subPath}, without the index, as the API
 * server does.
 */
public final class MountSubPathLocal implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_SUBPATH_LOCAL",
          Severity.ERROR,
          MountRules.SECTION,
          "volumeMounts[*].subPath is a relative path without '..' elements.",
          "The API server rejects a subPath that could escape the volume (Invalid value).",
          "Use a path relative to the volume's root, e.g. \"conf/app.yaml\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      String subPath = mount.mount().getSubPath();
      if (MountRules.isEmpty(subPath)) {
        continue;
      }
      for (String error : LocalPaths.descendingPathErrors(subPath)) {
        sink.report(
            mount.listPath().child("subPath"),
            subPath,
            "Invalid value: \"" + subPath + "\": " + error + " (" + mount.describe() + ").");
      }
    }
  }
}
