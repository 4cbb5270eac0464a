package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A hostPath path has no {@code ..} element ({@code HOSTPATH_PATH_NO_BACKSTEPS}); the API server
 * does not require it to be absolute.
 */
public final class HostPathPathNoBacksteps implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "HOSTPATH_PATH_NO_BACKSTEPS",
          Severity.ERROR,
          VolumeRules.SECTION,
          "hostPath.path contains no '..' element.",
          "The API server rejects a host path that steps up with '..' (Invalid value).",
          "Write the host path in its clean, absolute form, e.g. /var/log instead of"
              + " /var/lib/../log.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getHostPath() == null) {
        continue;
      }
      String path = at.volume().getHostPath().getPath();
      if (LocalPaths.hasBackstep(path)) {
        sink.report(
            at.path().child("hostPath").child("path"),
            path,
            "Invalid value: \"" + path + "\": must not contain '..'.");
      }
    }
  }
}
