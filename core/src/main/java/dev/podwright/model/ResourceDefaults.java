package dev.podwright.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The requests and limits a host gives sidecars, key by key, wherever their resources came from
 * (the builder, a raw {@code V1Container}, a host step). Either fixed — the given requests and
 * limits — or derived: a limit of {@code factor × request} for each resource with a factor, from
 * the sidecar's effective request (its own, else the default). Under {@link
 * Precedence#KEEP_EXISTING} (the default) a sidecar's own values win; {@link Precedence#OVERRIDE}
 * lets the policy win; {@link Precedence#FAIL} makes a differing own value a conflict.
 *
 * <p>A resource the sidecar limits but does not request gets the default request only when it is
 * not above that limit (a request above the limit is invalid; Kubernetes then uses the limit as the
 * request).
 *
 * <pre>{@code
 * // HKube: requests 100m CPU and 128Mi memory, limits twice the requests
 * ResourceDefaults hkube = ResourceDefaults.derived(
 *     Resources.builder().requestCpu("100m").requestMemory("128Mi").build(), 2);
 * }</pre>
 *
 * @param defaults the default requests and limits
 * @param limitFactors per resource name, the factor a derived limit is of the effective request
 * @param precedence who wins where the sidecar sets its own value
 */
public record ResourceDefaults(
    Resources defaults, Map<String, BigDecimal> limitFactors, Precedence precedence) {

  /**
   * Copies the factors (sorted, trailing zeros stripped, so {@code 2} equals {@code 2.0}); null
   * parts are empty or {@link Precedence#KEEP_EXISTING}.
   *
   * @throws IllegalArgumentException when a factor is not positive
   */
  public ResourceDefaults {
    defaults = Objects.requireNonNullElse(defaults, Resources.NONE);
    SortedMap<String, BigDecimal> factors = new TreeMap<>();
    if (limitFactors != null) {
      for (Map.Entry<String, BigDecimal> entry : limitFactors.entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null || entry.getValue().signum() <= 0) {
          throw new IllegalArgumentException(
              "a limit factor needs a resource name and a positive factor, got "
                  + entry.getKey()
                  + "="
                  + entry.getValue());
        }
        factors.put(entry.getKey(), entry.getValue().stripTrailingZeros());
      }
    }
    limitFactors = Collections.unmodifiableSortedMap(factors);
    precedence = Objects.requireNonNullElse(precedence, Precedence.KEEP_EXISTING);
  }

  /** Fixed defaults: the given requests and limits where a sidecar sets none. */
  public static ResourceDefaults fixed(Resources defaults) {
    return new ResourceDefaults(defaults, Map.of(), Precedence.KEEP_EXISTING);
  }

  /**
   * Derived defaults: the given requests where a sidecar sets none, and for every resource it then
   * requests, a limit of {@code factor ×} that request where it sets none.
   *
   * @throws IllegalArgumentException when the factor is not positive
   */
  public static ResourceDefaults derived(Resources requests, double factor) {
    Map<String, BigDecimal> factors = new TreeMap<>();
    BigDecimal value = BigDecimal.valueOf(factor);
    Resources defaults = Objects.requireNonNullElse(requests, Resources.NONE);
    for (String resource : defaults.requests().keySet()) {
      factors.put(resource, value);
    }
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("derived resource defaults need at least one request");
    }
    return new ResourceDefaults(defaults, factors, Precedence.KEEP_EXISTING);
  }

  /** These defaults with another precedence. */
  public ResourceDefaults withPrecedence(Precedence onCollision) {
    return new ResourceDefaults(defaults, limitFactors, onCollision);
  }

  /** True when the policy sets nothing. */
  public boolean isEmpty() {
    return defaults.isEmpty() && limitFactors.isEmpty();
  }
}
