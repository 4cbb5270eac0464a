package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.ContainerRef;
import dev.podwright.validation.spi.PodSpecContext;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Resource names and the resource maps of the containers, in a stable order. */
final class Resources {

  private Resources() {}

  /** One entry of a requests or limits map. */
  record Entry(ContainerRef container, String name, Quantity quantity, FieldPath path) {
    Optional<BigDecimal> value() {
      return Quantities.value(quantity);
    }
  }

  /** The resources of one container, with its path. */
  record Requirements(ContainerRef container, V1ResourceRequirements resources, FieldPath path) {

    /** The requests, sorted by name, without null keys or values. */
    Map<String, Quantity> requests() {
      return sorted(resources.getRequests());
    }

    /** The limits, sorted by name, without null keys or values. */
    Map<String, Quantity> limits() {
      return sorted(resources.getLimits());
    }

    /** Every request then every limit. */
    List<Entry> entries() {
      List<Entry> all = new ArrayList<>();
      requests()
          .forEach(
              (name, q) ->
                  all.add(new Entry(container, name, q, path.child("requests").key(name))));
      limits()
          .forEach(
              (name, q) -> all.add(new Entry(container, name, q, path.child("limits").key(name))));
      return all;
    }
  }

  /** The resources of every container that has any. */
  static List<Requirements> of(PodSpecContext context) {
    List<Requirements> all = new ArrayList<>();
    for (ContainerRef ref : context.containers()) {
      V1ResourceRequirements resources = ref.container().getResources();
      if (resources != null) {
        all.add(new Requirements(ref, resources, ref.path().child("resources")));
      }
    }
    return all;
  }

  static Map<String, Quantity> sorted(Map<String, Quantity> map) {
    Map<String, Quantity> sorted = new TreeMap<>();
    if (map != null) {
      map.forEach(
          (name, q) -> {
            if (name != null && q != null) {
              sorted.put(name, q);
            }
          });
    }
    return sorted;
  }

  /** cpu, memory, ephemeral-storage or hugepages-*. */
  static boolean isStandardContainerResource(String name) {
    return name.equals("cpu")
        || name.equals("memory")
        || name.equals("ephemeral-storage")
        || isHugePages(name);
  }

  static boolean isHugePages(String name) {
    return name.startsWith("hugepages-");
  }

  /** Unprefixed, or in the kubernetes.io domain. */
  static boolean isNative(String name) {
    return !name.contains("/") || name.contains("kubernetes.io/");
  }

  /** A prefixed, non-native name that is valid as an extended resource name. */
  static boolean isExtended(String name) {
    return !isNative(name)
        && !name.startsWith("requests.")
        && KubeIdentifiers.qualifiedName("requests." + name).isEmpty();
  }

  /** Requests may be below limits for native resources other than hugepages. */
  static boolean isOvercommitAllowed(String name) {
    return isNative(name) && !isHugePages(name);
  }

  /** True when the value is a whole number. */
  static boolean isInteger(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** How a quantity prints, never throwing. */
  static String render(Quantity quantity) {
    if (quantity == null) {
      return "null";
    }
    try {
      return quantity.toSuffixedString();
    } catch (RuntimeException unprintable) {
      return String.valueOf(quantity.getNumber());
    }
  }
}
