package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Every {@code items[*]} entry of a configMap or secret source sets {@code key} and {@code path};
 * every downward API file sets {@code path} ({@code KEYTOPATH_KEY_PATH_REQUIRED}). Downward API
 * file errors are reported under {@code downwardAPI}, without the item index, as the API server
 * does.
 */
public final class KeyToPathKeyPathRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "KEYTOPATH_KEY_PATH_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Items of configMap, secret and projected volumes set key and path; downward API files"
              + " set path.",
          "The API server rejects an item without key or path (Required value).",
          "Set key to the ConfigMap/Secret key and path to the relative file name to project it"
              + " to.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.Item item : VolumeRules.items(at)) {
        if (VolumeRules.isEmpty(item.item().getKey())) {
          sink.report(
              item.path().child("key"), null, "Required value: " + item.path() + " has no key.");
        }
        if (VolumeRules.isEmpty(item.item().getPath())) {
          sink.report(
              item.path().child("path"), null, "Required value: " + item.path() + " has no path.");
        }
      }
      for (VolumeRules.DownwardFile file : VolumeRules.downwardFiles(at)) {
        if (VolumeRules.isEmpty(file.file().getPath())) {
          sink.report(
              file.path().child("path"),
              null,
              "Required value: downward API item #" + file.index() + " has no path.");
        }
      }
    }
  }
}
