package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** A configMap volume names its ConfigMap ({@code CONFIGMAP_VOL_NAME_REQUIRED}). */
public final class ConfigMapVolumeNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONFIGMAP_VOL_NAME_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "A configMap volume sets configMap.name.",
          "The API server rejects a configMap volume without a ConfigMap name (Required value).",
          "Set configMap.name to the ConfigMap to mount.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getConfigMap() != null
          && VolumeRules.isEmpty(at.volume().getConfigMap().getName())) {
        sink.report(
            at.path().child("configMap").child("name"),
            null,
            "Required value: configMap volume \""
                + at.volume().getName()
                + "\" names no ConfigMap.");
      }
    }
  }
}
