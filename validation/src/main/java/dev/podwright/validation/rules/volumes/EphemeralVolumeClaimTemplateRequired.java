package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** An ephemeral volume has a {@code volumeClaimTemplate} ({@code EPHEMERAL_VCT_REQUIRED}). */
public final class EphemeralVolumeClaimTemplateRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "EPHEMERAL_VCT_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "An ephemeral volume sets ephemeral.volumeClaimTemplate.",
          "The API server rejects an ephemeral volume without a claim template (Required value).",
          "Add volumeClaimTemplate with spec.accessModes and spec.resources.requests.storage.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getEphemeral() != null
          && at.volume().getEphemeral().getVolumeClaimTemplate() == null) {
        sink.report(
            at.path().child("ephemeral").child("volumeClaimTemplate"),
            null,
            "Required value: ephemeral volume \""
                + at.volume().getName()
                + "\" has no volumeClaimTemplate.");
      }
    }
  }
}
