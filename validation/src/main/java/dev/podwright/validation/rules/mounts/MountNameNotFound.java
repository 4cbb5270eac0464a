package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.Map;

/**
 * Every volume mount names a declared volume ({@code MOUNT_NAME_NOT_FOUND}). The API server also
 * reports a mount of a volume that itself has errors as not found; that cascade is not repeated
 * here, the volume's own errors are reported by the volume rules.
 */
public final class MountNameNotFound implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_NAME_NOT_FOUND",
          Severity.ERROR,
          MountRules.SECTION,
          "Every volumeMounts entry names a volume declared in spec.volumes.",
          "The API server rejects a mount of an undeclared volume (Not found).",
          "Declare the volume in spec.volumes, or fix the mount's name to match it exactly.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, ?> volumes = MountRules.volumesByName(context);
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      String name = mount.mount().getName();
      if (!MountRules.isEmpty(name) && !volumes.containsKey(name)) {
        sink.report(
            mount.path().child("name"),
            name,
            "Not found: \""
                + name
                + "\": container \""
                + mount.container().displayName()
                + "\" mounts a volume that spec.volumes does not declare"
                + (volumes.isEmpty()
                    ? " (it declares none)."
                    : " (declared: " + String.join(", ", volumes.keySet()) + ")."));
      }
    }
  }
}
