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
 * An init container's name (native sidecars included) differs from every regular container's name
 * and from every earlier init container's name ({@code CONTAINER_NAME_UNIQUE_INIT}).
 */
public final class ContainerNameUniqueInit implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "CONTAINER_NAME_UNIQUE_INIT",
          Severity.ERROR,
          NameRules.SECTION,
          "Init container names (native sidecars included) are unique across init containers and"
              + " regular containers.",
          "The API server rejects an init container whose name is already taken (Duplicate"
              + " value).",
          "Rename the init container so that no container or init container shares its name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    Map<String, FieldPath> taken = new LinkedHashMap<>();
    for (ContainerRef ref : context.containers(ContainerType.CONTAINER)) {
      String name = ref.container().getName();
      if (name != null && !name.isEmpty()) {
        taken.putIfAbsent(name, ref.path());
      }
    }
    for (ContainerRef ref : context.containers(ContainerType.INIT_CONTAINER)) {
      String name = ref.container().getName();
      if (name == null || name.isEmpty()) {
        continue;
      }
      FieldPath first = taken.putIfAbsent(name, ref.path());
      if (first != null) {
        sink.report(
            ref.path().child("name"),
            name,
            "Duplicate value: \"" + name + "\": the name is already used by " + first + ".");
      }
    }
  }
}
