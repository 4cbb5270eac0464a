package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.List;

/**
 * A mount's {@code mountPropagation} is {@code None}, {@code HostToContainer} or {@code
 * Bidirectional} ({@code MOUNT_PROPAGATION_ENUM}); reported at {@code
 * ...volumeMounts.mountPropagation}, as the API server does.
 */
public final class MountPropagationEnum implements PodSpecRule {

  static final List<String> SUPPORTED = List.of("Bidirectional", "HostToContainer", "None");

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_PROPAGATION_ENUM",
          Severity.ERROR,
          MountRules.SECTION,
          "volumeMounts[*].mountPropagation, when set, is None, HostToContainer or Bidirectional.",
          "The API server rejects any other value (Unsupported value).",
          "Use None, HostToContainer or Bidirectional (exact case), or leave it unset.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      String mode = mount.mount().getMountPropagation();
      if (mode != null && !SUPPORTED.contains(mode)) {
        sink.report(
            mount.listPath().child("mountPropagation"),
            mode,
            "Unsupported value: \""
                + mode
                + "\": supported values: "
                + MountRules.quoted(SUPPORTED)
                + " ("
                + mount.describe()
                + ").");
      }
    }
  }
}
