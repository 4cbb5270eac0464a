package dev.podwright.validation.rules.names;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.ContainerType;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names of regular containers are unique among {@code spec.containers} ({@code
 * CONTAINER_NAME_UNIQUE_REGULAR}); the later duplicate is reported, as the API server does.
 * Collisions with init containers are {@link ContainerNameUniqueInit}'s.
 */
public final class ContainerNameUniqueRegular implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_NAME_UNIQUE_REGULAR",
          Severity.ERROR,
          NameRules.SECTION,
          "No two entries of spec.containers share a name.",
          "The API server rejects a repeated container name (Duplicate value); kubelet, logs and"
              + " probes address containers by name.",
          "Rename one of the containers, e.g. suffix the injected sidecar with its purpose.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, FieldPath> seen = new LinkedHashMap<>();
    for (ContainerRef ref : context.containers(ContainerType.CONTAINER)) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      FieldPath first = seen.putIfAbsent(name, ref.path());
      if (first != null) {
        sink.report(
            ref.path().child("name"),
            name,
            "Duplicate value: \"" + name + "\": the name is already used by " + first + ".");
      }
    }
  }
}
