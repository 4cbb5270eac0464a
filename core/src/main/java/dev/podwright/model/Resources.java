package dev.podwright.model;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compute resource requests and limits, keyed by resource name ({@code cpu}, {@code memory}, {@code
 * nvidia.com/gpu}). Immutable; keys kept sorted.
 *
 * @param requests what the container is guaranteed
 * @param limits the most it may use
 */
public record Resources(Map<String, Quantity> requests, Map<String, Quantity> limits) {

  /** No requests and no limits. */
  public static final Resources NONE = new Resources(Map.of(), Map.of());

  /** Copies both maps into sorted, unmodifiable ones; null is empty. */
  public Resources {
    requests = sorted(requests);
    limits = sorted(limits);
  }

  private static SortedMap<String, Quantity> sorted(Map<String, Quantity> map) {
    return Collections.unmodifiableSortedMap(map == null ? new TreeMap<>() : new TreeMap<>(map));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when there are neither requests nor limits. */
  public boolean isEmpty() {
    return requests.isEmpty() && limits.isEmpty();
  }

  /**
   * These resources with every request and limit this one lacks taken from the defaults, key by
   * key. What this one sets is never changed.
   */
  public Resources withDefaults(Resources defaults) {
    if (defaults == null || defaults.isEmpty()) {
      return this;
    }
    Map<String, Quantity> mergedRequests = new TreeMap<>(defaults.requests);
    mergedRequests.putAll(requests);
    Map<String, Quantity> mergedLimits = new TreeMap<>(defaults.limits);
    mergedLimits.putAll(limits);
    return new Resources(mergedRequests, mergedLimits);
  }

  /** Builds {@link Resources}; quantities are parsed as they are given. */
  public static final class Builder {
    private final Map<String, Quantity> requests = new TreeMap<>();
    private final Map<String, Quantity> limits = new TreeMap<>();

    private Builder() {}

    /**
     * Requests an amount of a resource.
     *
     * @throws IllegalArgumentException when the quantity does not parse
     */
    public Builder request(String resource, String quantity) {
      requests.put(resource, Quantities.require(quantity));
      return this;
    }

    /**
     * Limits a resource.
     *
     * @throws IllegalArgumentException when the quantity does not parse
     */
    public Builder limit(String resource, String quantity) {
      limits.put(resource, Quantities.require(quantity));
      return this;
    }

    /** Requests CPU, e.g. {@code "250m"}. */
    public Builder requestCpu(String quantity) {
      return request("cpu", quantity);
    }

    /** Requests memory, e.g. {@code "128Mi"}. */
    public Builder requestMemory(String quantity) {
      return request("memory", quantity);
    }

    /** Limits CPU. */
    public Builder limitCpu(String quantity) {
      return limit("cpu", quantity);
    }

    /** Limits memory. */
    public Builder limitMemory(String quantity) {
      return limit("memory", quantity);
    }

    /** The resources. */
    public Resources build() {
      return new Resources(requests, limits);
    }
  }
}
