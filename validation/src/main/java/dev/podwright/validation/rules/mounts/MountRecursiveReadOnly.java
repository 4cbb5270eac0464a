package dev.podwright.validation.rules.mounts;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * {@code recursiveReadOnly} is {@code Disabled}, {@code IfPossible} or {@code Enabled}, and the
 * latter two need {@code readOnly: true} and no mount propagation other than {@code None} ({@code
 * MOUNT_RRO_REQUIRES_READONLY}). Before 1.31 the {@code RecursiveReadOnlyMounts} gate is off and
 * the field is silently dropped, so nothing is reported. Reported at {@code
 * ...volumeMounts.recursiveReadOnly}, as the API server does.
 */
public final class MountRecursiveReadOnly implements PodSpecRule {

  private static final KubernetesVersion RECURSIVE_READ_ONLY_BETA = KubernetesVersion.of(1, 31);
  private static final List<String> SUPPORTED = List.of("Disabled", "Enabled", "IfPossible");

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_RRO_REQUIRES_READONLY",
          Severity.ERROR,
          MountRules.SECTION,
          "volumeMounts[*].recursiveReadOnly is Disabled, IfPossible or Enabled; IfPossible and"
              + " Enabled need readOnly: true and mountPropagation None or unset.",
          "The API server rejects other values (Unsupported value) and recursive read-only on a"
              + " writable or propagating mount (Forbidden).",
          "Set readOnly: true on the mount (and drop mountPropagation), or remove"
              + " recursiveReadOnly.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    if (!context.version().isAtLeast(RECURSIVE_READ_ONLY_BETA)) {
      return;
    }
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      String value = mount.mount().getRecursiveReadOnly();
      if (value == null || value.equals("Disabled")) {
        continue;
      }
      if (!SUPPORTED.contains(value)) {
        sink.report(
            mount.listPath().child("recursiveReadOnly"),
            value,
            "Unsupported value: \""
                + value
                + "\": supported values: "
                + MountRules.quoted(SUPPORTED)
                + " ("
                + mount.describe()
                + ").");
        continue;
      }
      if (!Boolean.TRUE.equals(mount.mount().getReadOnly())) {
        sink.report(
            mount.listPath().child("recursiveReadOnly"),
            value,
            "Forbidden: may only be specified when readOnly is true (" + mount.describe() + ").");
      }
      String propagation = mount.mount().getMountPropagation();
      if (propagation != null && !propagation.equals("None")) {
        sink.report(
            mount.listPath().child("recursiveReadOnly"),
            value,
            "Forbidden: may only be specified when mountPropagation is None or not specified ("
                + mount.describe()
                + " uses "
                + propagation
                + ").");
      }
    }
  }
}
