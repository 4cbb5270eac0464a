package dev.podwright.model;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1ResourceClaim;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compute resource requests and limits, keyed by resource name ({@code cpu}, {@code memory}, {@code
 * nvidia.com/gpu}), and the pod's dynamic resource claims the container uses. Immutable; keys kept
 * sorted, claims in declared order.
 *
 * @param requests what the container is guaranteed
 * @param limits the most it may use
 * @param claims resource claims of the pod ({@code spec.resourceClaims}) this container uses
 */
public record Resources(
    Map<String, Quantity> requests, Map<String, Quantity> limits, List<Claim> claims) {

  /** No requests, no limits and no claims. */
  public static final Resources NONE = new Resources(Map.of(), Map.of(), List.of());

  /** Copies both maps into sorted, unmodifiable ones and the claims in order; null is empty. */
  public Resources {
    requests = sorted(requests);
    limits = sorted(limits);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /**
   * Requests and limits without claims.
   *
   * @param requests what the container is guaranteed
   * @param limits the most it may use
   */
  public Resources(Map<String, Quantity> requests, Map<String, Quantity> limits) {
    this(requests, limits, List.of());
  }

  /**
   * One resource claim of the pod used by a container.
   *
   * @param name the name of an entry of the pod's {@code resourceClaims}
   * @param request one request of that claim, or null for all of them
   */
  public record Claim(String name, String request) {}

  /**
   * The requirements the official model describes, exactly: the same requests, limits and claims.
   *
   * @param requirements the official requirements
   * @return the resources
   * @throws IllegalArgumentException when it is null or has a null resource name, quantity or claim
   */
  public static Resources of(V1ResourceRequirements requirements) {
    if (requirements == null) {
      throw new IllegalArgumentException("resource requirements are null");
    }
    List<Claim> claims = new ArrayList<>();
    if (requirements.getClaims() != null) {
      for (CoreV1ResourceClaim claim : requirements.getClaims()) {
        if (claim == null) {
          throw new IllegalArgumentException("resources.claims has a null entry");
        }
        claims.add(new Claim(claim.getName(), claim.getRequest()));
      }
    }
    return new Resources(
        checked("requests", requirements.getRequests()),
        checked("limits", requirements.getLimits()),
        claims);
  }

  private static Map<String, Quantity> checked(String field, Map<String, Quantity> quantities) {
    if (quantities == null) {
      return Map.of();
    }
    for (Map.Entry<String, Quantity> entry : quantities.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new IllegalArgumentException(
            "resources." + field + " has no quantity for \"" + entry.getKey() + "\"");
      }
    }
    return quantities;
  }

  private static SortedMap<String, Quantity> sorted(Map<String, Quantity> map) {
    return Collections.unmodifiableSortedMap(map == null ? new TreeMap<>() : new TreeMap<>(map));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when there are neither requests nor limits nor claims. */
  public boolean isEmpty() {
    return requests.isEmpty() && limits.isEmpty() && claims.isEmpty();
  }

  /**
   * These resources with every request and limit this one lacks taken from the defaults, key by
   * key. What this one sets is never changed; claims are this one's, or the defaults' when this one
   * has none.
   */
  public Resources withDefaults(Resources defaults) {
    if (defaults == null || defaults.isEmpty()) {
      return this;
    }
    Map<String, Quantity> mergedRequests = new TreeMap<>(defaults.requests);
    mergedRequests.putAll(requests);
    Map<String, Quantity> mergedLimits = new TreeMap<>(defaults.limits);
    mergedLimits.putAll(limits);
    return new Resources(mergedRequests, mergedLimits, claims.isEmpty() ? defaults.claims : claims);
  }

  /** Builds {@link Resources}; quantities are parsed as they are given. */
  public static final class Builder {
    private final Map<String, Quantity> requests = new TreeMap<>();
    private final Map<String, Quantity> limits = new TreeMap<>();
    private final List<Claim> claims = new ArrayList<>();

    private Builder() {}

    /** Uses a resource claim of the pod; {@code request} may be null for all its requests. */
    public Builder claim(String name, String request) {
      claims.add(new Claim(name, request));
      return this;
    }

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
      return new Resources(requests, limits, claims);
    }
  }
}
