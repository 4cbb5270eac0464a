package dev.podwright.validation.rules.mounts;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * A mount's {@code subPathExpr} is not combined with {@code subPath} and is relative without {@code
 * ..} elements ({@code MOUNT_SUBPATHEXPR}). The exclusivity error carries the mount's index; path
 * errors are reported at {@code ...volumeMounts.subPathExpr}, as the API server does.
 */
public final class MountSubPathExpr implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "MOUNT_SUBPATHEXPR",
          Severity.ERROR,
          MountRules.SECTION,
          "volumeMounts[*].subPathExpr is not set together with subPath and is a relative path"
              + " without '..' elements.",
          "The API server rejects subPath and subPathExpr together and escaping paths (Invalid"
              + " value).",
          "Keep either subPath or subPathExpr, e.g. subPathExpr: $(POD_NAME).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (MountRules.Mount mount : MountRules.mounts(context)) {
      String expr = mount.mount().getSubPathExpr();
      if (MountRules.isEmpty(expr)) {
        continue;
      }
      if (!MountRules.isEmpty(mount.mount().getSubPath())) {
        sink.report(
            mount.path().child("subPathExpr"),
            expr,
            "Invalid value: \"" + expr + "\": subPathExpr and subPath are mutually exclusive.");
      }
      for (String error : LocalPaths.descendingPathErrors(expr)) {
        sink.report(
            mount.listPath().child("subPathExpr"),
            expr,
            "Invalid value: \"" + expr + "\": " + error + " (" + mount.describe() + ").");
      }
    }
  }
}
