package dev.podwright.validation.rules.volumes;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;

/** A secret volume names its Secret ({@code SECRET_VOL_NAME_REQUIRED}). */
public final class SecretVolumeNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "SECRET_VOL_NAME_REQUIRED",
          Severity.ERROR,
          VolumeRules.SECTION,
          "A secret volume sets secret.secretName.",
          "The API server rejects a secret volume without a Secret name (Required value).",
          "Set secret.secretName (not secret.name) to the Secret to mount.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      if (at.volume().getSecret() != null
          && VolumeRules.isEmpty(at.volume().getSecret().getSecretName())) {
        sink.report(
            at.path().child("secret").child("secretName"),
            null,
            "Required value: secret volume \"" + at.volume().getName() + "\" names no Secret.");
      }
    }
  }
}
