package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Each downward API volume file sets exactly one of {@code fieldRef} and {@code resourceFieldRef}
 * ({@code DOWNWARDAPI_VOL_ITEM_SOURCE}); reported under {@code downwardAPI} without the item index,
 * as the API server does.
 */
public final class DownwardApiVolumeItemSource implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "DOWNWARDAPI_VOL_ITEM_SOURCE",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Each downward API volume item sets exactly one of fieldRef and resourceFieldRef.",
          "The API server rejects an item with neither (Required value) or both (Invalid value).",
          "Set fieldRef for pod metadata or resourceFieldRef for container resources, not both.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.DownwardFile file : VolumeRules.downwardFiles(at)) {
        boolean field = file.file().getFieldRef() != null;
        boolean resource = file.file().getResourceFieldRef() != null;
        if (field && resource) {
          sink.report(
              file.path(),
              null,
              "Invalid value: item #"
                  + file.index()
                  + ": fieldRef and resourceFieldRef can not be specified simultaneously.");
        } else if (!field && !resource) {
          sink.report(
              file.path(),
              null,
              "Required value: item #"
                  + file.index()
                  + ": one of fieldRef and resourceFieldRef is required.");
        }
      }
    }
  }
}
