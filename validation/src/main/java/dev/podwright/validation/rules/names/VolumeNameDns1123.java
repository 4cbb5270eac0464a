package dev.podwright.validation.rules.names;

import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.DnsNames;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;

/** A volume name must be a DNS-1123 label ({@code VOLUME_NAME_DNS1123}). */
public final class VolumeNameDns1123 implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "VOLUME_NAME_DNS1123",
          Severity.ERROR,
          NameRules.SECTION,
          "Volume names are DNS-1123 labels (lowercase letters, digits and '-', at most 63"
              + " characters, alphanumeric at both ends).",
          "The API server rejects any other volume name (Invalid value), and then also every mount"
              + " of that volume (Not found).",
          "Use lowercase letters, digits and '-' only, e.g. \"app-config\" instead of"
              + " \"app.config\".");

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
      String name = volume == null ? null : volume.getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      for (String error : DnsNames.dns1123LabelErrors(name)) {
        sink.report(
            context.root().child("volumes").index(i).child("name"),
            name,
            "Invalid value: \"" + name + "\": volume name " + error + ".");
      }
    }
  }
}
