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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Resource names and the resource maps of the containers, in a stable order. */
final class Resources {

  private Resources() {}

  /** One entry of a requests or limits map. */
  record Entry(ContainerRef container, String name, Quantity quantity, FieldPath map) {
    Optional<BigDecimal> value() {
      return Quantities.value(quantity);
    }

    /** The entry's path, e.g. {@code spec.containers[0].resources.limits[cpu]}; built on demand. */
    FieldPath path() {
      return map.key(name);
    }
  }

  /** The resources of one container, with its path. */
  /**
   * A container's resources with their requests and limits sorted by name (null names and values
   * left out) and every entry with its path, computed once.
   */
  static final class Requirements {
    private final ContainerRef container;
    private final V1ResourceRequirements resources;
    private final FieldPath path;
    private final Map<String, Quantity> requests;
    private final Map<String, Quantity> limits;
    private final List<Entry> entries;

    Requirements(ContainerRef container, V1ResourceRequirements resources, FieldPath path) {
      this.container = container;
      this.resources = resources;
      this.path = path;
      this.requests = readOnlySorted(resources.getRequests());
      this.limits = readOnlySorted(resources.getLimits());
      List<Entry> all = new ArrayList<>();
      addEntries(all, requests, path.child("requests"));
      addEntries(all, limits, path.child("limits"));
      this.entries = List.copyOf(all);
    }

    private void addEntries(List<Entry> all, Map<String, Quantity> map, FieldPath mapPath) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        all.add(new Entry(container, entry.getKey(), entry.getValue(), mapPath));
      }
    }

    ContainerRef container() {
      return container;
    }

    V1ResourceRequirements resources() {
      return resources;
    }

    FieldPath path() {
      return path;
    }

    /** The requests, sorted by name, without null keys or values (read-only). */
    Map<String, Quantity> requests() {
      return requests;
    }

    /** The limits, sorted by name, without null keys or values (read-only). */
    Map<String, Quantity> limits() {
      return limits;
    }

    /** Every request then every limit, with its path. */
    List<Entry> entries() {
      return entries;
    }
  }

  private static final PodSpecContext.Derived<List<Requirements>> ALL = new All();

  /** The resources of every container that has any, in spec order, built once per validation. */
  static List<Requirements> of(PodSpecContext context) {
    return context.derived(ALL);
  }

  private static final class All implements PodSpecContext.Derived<List<Requirements>> {
    @Override
    public List<Requirements> compute(PodSpecContext context) {
      List<Requirements> all = new ArrayList<>();
      for (ContainerRef ref : context.containers()) {
        V1ResourceRequirements resources = ref.container().getResources();
        if (resources != null) {
          all.add(new Requirements(ref, resources, ref.path().child("resources")));
        }
      }
      return List.copyOf(all);
    }
  }

  /**
   * The map sorted by name without null keys or values, read-only: a view of the map itself when it
   * already is so (the emitter writes sorted maps), else a sorted copy.
   */
  static Map<String, Quantity> readOnlySorted(Map<String, Quantity> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    String previous = null;
    for (Map.Entry<String, Quantity> entry : map.entrySet()) {
      String key = entry.getKey();
      if (key == null
          || entry.getValue() == null
          || previous != null && previous.compareTo(key) >= 0) {
        return Collections.unmodifiableMap(sorted(map));
      }
      previous = key;
    }
    return Collections.unmodifiableMap(map);
  }

  static Map<String, Quantity> sorted(Map<String, Quantity> map) {
    Map<String, Quantity> sorted = new TreeMap<>();
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        if (entry.getKey() != null && entry.getValue() != null) {
          sorted.put(entry.getKey(), entry.getValue());
        }
      }
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
