package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/**
 * Projected secret and configMap sources name their object ({@code
 * PROJECTED_SOURCE_NAME_REQUIRED}).
 */
public final class ProjectedSourceNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROJECTED_SOURCE_NAME_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "Projected secret and configMap sources set name.",
          "The API server rejects a projected secret or configMap without a name (Required"
              + " value).",
          "Set name to the Secret or ConfigMap to project.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      for (VolumeRules.Source source : VolumeRules.projectedSources(at)) {
        if (source.source().getSecret() != null
            && VolumeRules.isEmpty(source.source().getSecret().getName())) {
          sink.report(
              source.path().child("secret").child("name"),
              null,
              "Required value: projected secret source names no Secret.");
        }
        if (source.source().getConfigMap() != null
            && VolumeRules.isEmpty(source.source().getConfigMap().getName())) {
          sink.report(
              source.path().child("configMap").child("name"),
              null,
              "Required value: projected configMap source names no ConfigMap.");
        }
      }
    }
  }
}
