package dev.podwright.cli;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.SidecarMode;
import java.util.List;

/** Options shared by the commands. */
final class Options {

  private Options() {}

  /** {@code --kubernetes-version}, default the newest supported. */
  static KubernetesVersion kubernetesVersion(CliArgs args) throws UsageException {
    KubernetesVersion given = kubernetesVersionOrNull(args);
    return given == null ? KubernetesVersion.LATEST : given;
  }

  /** {@code --kubernetes-version}, or null when not given. */
  static KubernetesVersion kubernetesVersionOrNull(CliArgs args) throws UsageException {
    String text = args.option("kubernetes-version");
    if (text == null) {
      return null;
    }
    try {
      return KubernetesVersion.parse(text);
    } catch (IllegalArgumentException bad) {
      throw new UsageException(
          "option --kubernetes-version: \"" + text + "\" is not a version such as 1.29");
    }
  }

  /** {@code --sidecar-mode}, or null when not given. */
  static SidecarMode sidecarModeOrNull(CliArgs args) throws UsageException {
    String mode = args.choice("sidecar-mode", null, List.of("native", "classic"));
    if (mode == null) {
      return null;
    }
    return mode.equals("native") ? SidecarMode.NATIVE : SidecarMode.CLASSIC;
  }

  /** {@code --format}, or null to detect it. */
  static Format formatOrNull(CliArgs args) throws UsageException {
    String format =
        args.choice("format", null, List.of("podwright", "numaflow", "hkube", "feldera"));
    return format == null ? null : Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
  }
}
