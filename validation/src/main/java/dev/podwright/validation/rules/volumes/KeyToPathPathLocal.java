package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.LocalPaths;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Item paths of configMap, secret, projected and downwardAPI volumes stay inside the volume:
 * relative, no {@code ..} element, not starting with {@code ..} ({@code KEYTOPATH_PATH_LOCAL}).
 */
public final class KeyToPathPathLocal implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "KEYTOPATH_PATH_LOCAL",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Item paths of configMap, secret, projected and downwardAPI volumes are relative, have"
              + " no '..' element and do not start with '..'.",
          "The API server rejects paths that could escape the volume (Invalid value).",
          "Use a relative file name such as \"config/app.yaml\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.Item item : VolumeRules.items(at)) {
        check(sink, item.path(), item.item().getPath());
      }
      for (VolumeRules.DownwardFile file : VolumeRules.downwardFiles(at)) {
        check(sink, file.path(), file.file().getPath());
      }
    }
  }

  /** Checks the {@code path} field of the item or file at {@code owner}. */
  private static void check(ViolationSink sink, FieldPath owner, String value) {
    if (value == null) {
      return;
    }
    for (String error : LocalPaths.localNonReservedPathErrors(value)) {
      sink.report(owner.child("path"), value, "Invalid value: \"" + value + "\": " + error + ".");
    }
  }
}
