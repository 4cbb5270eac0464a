package dev.podwright.validation.rules.volumes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;

/**
 * File modes of secret, configMap, downwardAPI and projected volumes lie in 0..0777 ({@code
 * VOLUME_FILE_MODE_RANGE}). In YAML a mode is often written in octal ({@code 0644}); in JSON it
 * must be decimal (420).
 */
public final class VolumeFileModeRange implements PodSpecRule {

  private static final int MAX_MODE = 0777;

  private static final RuleInfo INFO =
      new RuleInfo(
          "VOLUME_FILE_MODE_RANGE",
          Severity.ERROR,
          VolumeRules.SECTION,
          "defaultMode and items[*].mode of secret, configMap, downwardAPI and projected volumes"
              + " are between 0 and 0777 (octal; 511 decimal).",
          "The API server rejects other modes (Invalid value: must be a number between 0 and 0777"
              + " (octal), both inclusive).",
          "Use an octal mode such as 0644 (decimal 420) or 0400 (decimal 256); JSON needs the"
              + " decimal form.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (VolumeRules.At at : VolumeRules.volumes(context)) {
      V1Volume volume = at.volume();
      if (volume.getSecret() != null) {
        mode(sink, at.path(), "secret", "defaultMode", volume.getSecret().getDefaultMode());
      }
      if (volume.getConfigMap() != null) {
        mode(sink, at.path(), "configMap", "defaultMode", volume.getConfigMap().getDefaultMode());
      }
      if (volume.getDownwardAPI() != null) {
        mode(
            sink,
            at.path(),
            "downwardAPI",
            "defaultMode",
            volume.getDownwardAPI().getDefaultMode());
      }
      if (volume.getProjected() != null) {
        mode(sink, at.path(), "projected", "defaultMode", volume.getProjected().getDefaultMode());
      }
      for (VolumeRules.Item item : VolumeRules.items(at)) {
        mode(sink, item.path(), "mode", null, item.item().getMode());
      }
      for (VolumeRules.DownwardFile file : VolumeRules.downwardFiles(at)) {
        mode(sink, file.path(), "mode", null, file.file().getMode());
      }
    }
  }

  /** Reports a mode out of range at {@code owner.field} or {@code owner.field.subfield}. */
  private static void mode(
      ViolationSink sink, FieldPath owner, String field, String subfield, Integer mode) {
    if (mode != null && (mode < 0 || mode > MAX_MODE)) {
      FieldPath path = owner.child(field);
      sink.report(
          subfield == null ? path : path.child(subfield),
          mode,
          "Invalid value: "
              + mode
              + ": must be a number between 0 and 0777 (octal), both inclusive"
              + (mode > MAX_MODE
                  ? " (" + mode + " is octal 0" + Integer.toOctalString(mode) + ")"
                  : "")
              + ".");
    }
  }
}
