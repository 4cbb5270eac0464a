package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** A hostPath volume sets its path ({@code HOSTPATH_PATH_REQUIRED}). */
public final class HostPathPathRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "HOSTPATH_PATH_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "A hostPath volume sets hostPath.path.",
          "The API server rejects a hostPath volume without a path (Required value).",
          "Set hostPath.path to an absolute path on the node.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getHostPath() != null
          && VolumeRules.isEmpty(at.volume().getHostPath().getPath())) {
        sink.report(
            at.path().child("hostPath").child("path"),
            null,
            "Required value: hostPath volume \"" + at.volume().getName() + "\" has no path.");
      }
    }
  }
}
