package dev.podwright.cli;

import dev.podwright.kubernetes.KubernetesVersion;

/** Options shared by the commands. */
final class Options {

  private Options() {}

  /** {@code --kubernetes-version}, default the newest supported. */
  static KubernetesVersion kubernetesVersion(CliArgs args) throws UsageException {
    String text = args.option("kubernetes-version");
    if (text == null) {
      return KubernetesVersion.LATEST;
    }
    try {
      return KubernetesVersion.parse(text);
    } catch (IllegalArgumentException bad) {
      throw new UsageException(
          "option --kubernetes-version: \"" + text + "\" is not a version such as 1.29");
    }
  }
}
