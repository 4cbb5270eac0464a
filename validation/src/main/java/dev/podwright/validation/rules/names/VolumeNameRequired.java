package dev.podwright.validation.rules.names;

import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/** Every volume must have a name ({@code VOLUME_NAME_REQUIRED}). */
public final class VolumeNameRequired implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "VOLUME_NAME_REQUIRED",
          Severity.ERROR,
          NameRules.SECTION,
          "Every entry of spec.volumes has a non-empty name.",
          "The API server rejects a volume without a name (Required value), and no mount can"
              + " refer to it.",
          "Give the volume a DNS-1123 label name, e.g. \"shared-data\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    List<V1Volume> volumes = context.spec().getVolumes();
    if (volumes == null) {
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume != null && (volume.getName() == null || volume.getName().isEmpty())) {
        sink.report(
            context.root().child("volumes").index(i).child("name"),
            null,
            "Required value: volume #" + i + " has no name; every volume needs one.");
      }
    }
  }
}
