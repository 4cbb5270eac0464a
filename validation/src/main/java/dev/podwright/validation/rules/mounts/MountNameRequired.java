package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** Every volume mount names a volume ({@code MOUNT_NAME_REQUIRED}). */
public final class MountNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_NAME_REQUIRED",
          Severity.ERROR,
          MountRules.SECTION,
          "Every volumeMounts entry sets name.",
          "The API server rejects a mount without a volume name (Required value).",
          "Set name to the name of an entry of spec.volumes.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      if (MountRules.isEmpty(mount.mount().getName())) {
        sink.report(
            mount.path().child("name"),
            null,
            "Required value: container \""
                + mount.container().displayName()
                + "\" mounts at "
                + mount.mount().getMountPath()
                + " without naming a volume.");
      }
    }
  }
}
