package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** A persistentVolumeClaim volume names its claim ({@code PVC_CLAIMNAME_REQUIRED}). */
public final class PvcClaimNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PVC_CLAIMNAME_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "A persistentVolumeClaim volume sets claimName.",
          "The API server rejects a PVC volume without a claim name (Required value).",
          "Set persistentVolumeClaim.claimName to the PersistentVolumeClaim to mount.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getPersistentVolumeClaim() != null
          && VolumeRules.isEmpty(at.volume().getPersistentVolumeClaim().getClaimName())) {
        sink.report(
            at.path().child("persistentVolumeClaim").child("claimName"),
            null,
            "Required value: persistentVolumeClaim volume \""
                + at.volume().getName()
                + "\" names no claim.");
      }
    }
  }
}
