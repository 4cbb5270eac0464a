package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** Every volume mount sets a mount path ({@code MOUNT_PATH_REQUIRED}). */
public final class MountPathRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_PATH_REQUIRED",
          Severity.ERROR,
          MountRules.SECTION,
          "Every volumeMounts entry sets mountPath.",
          "The API server rejects a mount without a mount path (Required value).",
          "Set mountPath to an absolute path inside the container, e.g. /data.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      if (MountRules.isEmpty(mount.mount().getMountPath())) {
        sink.report(
            mount.path().child("mountPath"),
            null,
            "Required value: container \""
                + mount.container().displayName()
                + "\" mounts volume \""
                + mount.mount().getName()
                + "\" without a mountPath.");
      }
    }
  }
}
