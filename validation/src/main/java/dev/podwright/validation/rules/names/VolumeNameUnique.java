package dev.podwright.validation.rules.names;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** No two volumes share a name ({@code VOLUME_NAME_UNIQUE}); the later one is reported. */
public final class VolumeNameUnique implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "VOLUME_NAME_UNIQUE",
          Severity.ERROR,
          NameRules.SECTION,
          "No two entries of spec.volumes share a name.",
          "The API server rejects a repeated volume name (Duplicate value); a mount could not tell"
              + " which volume it means.",
          "Rename one of the volumes, or drop the copy if both describe the same source.");

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
    if (volumes.size() < 2) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      String name = volume == null ? null : volume.getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        FieldPath list = context.root().child("volumes");
        sink.report(
            list.index(i).child("name"),
            name,
            "Duplicate value: \""
                + name
                + "\": the name is already used by "
                + list.index(first)
                + ".");
      }
    }
  }
}
