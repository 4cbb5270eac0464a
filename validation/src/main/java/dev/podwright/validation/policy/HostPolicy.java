package dev.podwright.validation.policy;

import io.kubernetes.client.custom.Quantity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a host platform allows in the pods it runs, as data. Immutable; build with {@link
 * #builder()}. {@link #none()} allows everything.
 *
 * @param allowSidecars false forbids sidecars of any form (Feldera's {@code allowInitContainers:
 *     false} also forbids init containers; see {@code allowInitContainers})
 * @param allowInitContainers false forbids init containers of any form, native sidecars included
 * @param allowedRegistries image registries allowed ({@code docker.io}, {@code ghcr.io/acme});
 *     empty allows all
 * @param requireRequests resource names every container must request (e.g. cpu, memory)
 * @param requireLimits resource names every container must limit
 * @param maxSidecars the most sidecars a pod may carry; negative for no limit
 * @param reservedContainerNames names users may not give their containers (the host's own)
 * @param maxPodResources the most a pod may request in all (effective requests), by resource name
 * @param podSecurityLevel the Pod Security Standard to enforce
 */
public record HostPolicy(
    boolean allowSidecars,
    boolean allowInitContainers,
    List<String> allowedRegistries,
    Set<String> requireRequests,
    Set<String> requireLimits,
    int maxSidecars,
    Set<String> reservedContainerNames,
    Map<String, Quantity> maxPodResources,
    PodSecurityLevel podSecurityLevel) {

  private static final HostPolicy NONE = builder().build();

  /** Copies every collection. */
  public HostPolicy {
    allowedRegistries = List.copyOf(allowedRegistries);
    requireRequests = ordered(requireRequests);
    requireLimits = ordered(requireLimits);
    reservedContainerNames = ordered(reservedContainerNames);
    maxPodResources = Collections.unmodifiableMap(new TreeMap<>(maxPodResources));
    Objects.requireNonNull(podSecurityLevel, "podSecurityLevel");
  }

  private static Set<String> ordered(Set<String> values) {
    return Collections.unmodifiableSet(new TreeSet<>(values));
  }

  /** The policy that allows everything and enforces no Pod Security Standard. */
  public static HostPolicy none() {
    return NONE;
  }

  /** A builder starting from "allow everything". */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HostPolicy}. */
  public static final class Builder {
    private boolean allowSidecars = true;
    private boolean allowInitContainers = true;
    private List<String> allowedRegistries = List.of();
    private Set<String> requireRequests = Set.of();
    private Set<String> requireLimits = Set.of();
    private int maxSidecars = -1;
    private Set<String> reservedContainerNames = Set.of();
    private final Map<String, Quantity> maxPodResources = new TreeMap<>();
    private PodSecurityLevel podSecurityLevel = PodSecurityLevel.PRIVILEGED;

    private Builder() {}

    /** Whether sidecars are allowed at all (default true). */
    public Builder allowSidecars(boolean allow) {
      this.allowSidecars = allow;
      return this;
    }

    /** Whether init containers, native sidecars included, are allowed (default true). */
    public Builder allowInitContainers(boolean allow) {
      this.allowInitContainers = allow;
      return this;
    }

    /** Registries images may come from; none given allows all. */
    public Builder allowedRegistries(String... registries) {
      this.allowedRegistries = List.of(registries);
      return this;
    }

    /** Resource names every container must request. */
    public Builder requireRequests(String... resources) {
      this.requireRequests = Set.of(resources);
      return this;
    }

    /** Resource names every container must limit. */
    public Builder requireLimits(String... resources) {
      this.requireLimits = Set.of(resources);
      return this;
    }

    /** The most sidecars a pod may carry. */
    public Builder maxSidecars(int max) {
      this.maxSidecars = max;
      return this;
    }

    /** Container names reserved for the host. */
    public Builder reservedContainerNames(String... names) {
      this.reservedContainerNames = Set.of(names);
      return this;
    }

    /**
     * The most a pod may request of a resource in all.
     *
     * @throws IllegalArgumentException when the quantity does not parse
     */
    public Builder maxPodResource(String resource, String quantity) {
      this.maxPodResources.put(resource, dev.podwright.kubernetes.Quantities.require(quantity));
      return this;
    }

    /** The Pod Security Standard level to enforce (default {@code PRIVILEGED}: none). */
    public Builder podSecurityLevel(PodSecurityLevel level) {
      this.podSecurityLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /** The policy. */
    public HostPolicy build() {
      return new HostPolicy(
          allowSidecars,
          allowInitContainers,
          allowedRegistries,
          requireRequests,
          requireLimits,
          maxSidecars,
          reservedContainerNames,
          maxPodResources,
          podSecurityLevel);
    }
  }
}
