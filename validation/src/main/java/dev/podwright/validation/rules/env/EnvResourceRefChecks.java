package dev.podwright.validation.rules.env;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks behind {@link EnvRule} on {@code resourceFieldRef} env values: {@code
 * ENV_RESOURCEFIELDREF}, {@code ENV_RESOURCEFIELDREF_DIVISOR}.
 */
final class EnvResourceRefChecks {

  static final List<String> ENV_RESOURCEFIELDREF_SUPPORTED =
      List.of(
          "limits.cpu",
          "limits.memory",
          "limits.ephemeral-storage",
          "requests.cpu",
          "requests.memory",
          "requests.ephemeral-storage");

  private static final List<String> CPU_DIVISORS = List.of("1m", "1");

  private static final List<String> BYTE_DIVISORS =
      List.of("1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");

  private EnvResourceRefChecks() {}

  /** Checks {@link EnvRule#ENV_RESOURCEFIELDREF}. */
  static void envResourceFieldRef(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ResourceFieldSelector ref = from == null ? null : from.getResourceFieldRef();
      if (ref == null) {
        continue;
      }
      String resource = ref.getResource();
      if (EnvEntries.isEmpty(resource)) {
        sink.report(
            envResourceFieldRefPath(env),
            null,
            "resourceFieldRef of env \"" + env.var().getName() + "\" names no resource");
      } else if (!isSupported(resource)) {
        sink.report(
            envResourceFieldRefPath(env),
            resource,
            "resource \""
                + resource
                + "\" of env \""
                + env.var().getName()
                + "\" is not supported; supported: "
                + String.join(", ", ENV_RESOURCEFIELDREF_SUPPORTED)
                + ", limits.hugepages-<size>, requests.hugepages-<size>");
      }
    }
  }

  /** Checks {@link EnvRule#ENV_RESOURCEFIELDREF_DIVISOR}. */
  static void envResourceFieldRefDivisor(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ResourceFieldSelector ref = from == null ? null : from.getResourceFieldRef();
      if (ref == null) {
        continue;
      }
      Optional<String> problem =
          envResourceFieldRefDivisorProblem(ref.getResource(), ref.getDivisor());
      if (problem.isPresent()) {
        sink.report(
            env.valueFromPath().child("resourceFieldRef").child("divisor"),
            render(ref.getDivisor()),
            "divisor "
                + render(ref.getDivisor())
                + " of env \""
                + env.var().getName()
                + "\": "
                + problem.get());
      }
    }
  }

  private static FieldPath envResourceFieldRefPath(EnvEntries.Env env) {
    return env.valueFromPath().child("resourceFieldRef").child("resource");
  }

  static boolean isSupported(String resource) {
    return ENV_RESOURCEFIELDREF_SUPPORTED.contains(resource)
        || resource.startsWith("limits.hugepages-")
        || resource.startsWith("requests.hugepages-");
  }

  /**
   * What is wrong with a divisor for a resource, or empty. Shared with the downward-API volume
   * checks: an unset or zero divisor means the default and is fine.
   */
  public static Optional<String> envResourceFieldRefDivisorProblem(
      String resource, Quantity divisor) {
    Optional<BigDecimal> value = Quantities.value(divisor);
    if (resource == null || value.isEmpty() || value.get().signum() == 0) {
      return Optional.empty();
    }
    List<String> allowed;
    String kind;
    if (resource.endsWith("cpu")) {
      allowed = CPU_DIVISORS;
      kind = "cpu";
    } else if (resource.endsWith("memory")) {
      allowed = BYTE_DIVISORS;
      kind = "memory";
    } else if (resource.endsWith("ephemeral-storage")) {
      allowed = BYTE_DIVISORS;
      kind = "ephemeral-storage";
    } else if (resource.startsWith("limits.hugepages-")
        || resource.startsWith("requests.hugepages-")) {
      allowed = BYTE_DIVISORS;
      kind = "hugepages";
    } else {
      return Optional.empty();
    }
    for (String candidate : allowed) {
      if (Quantities.sameValue(divisor, Quantities.require(candidate))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "only divisor values "
            + String.join(", ", allowed)
            + " are supported with the "
            + kind
            + " resource");
  }

  /** The quantity as the API server prints it, or its number when that fails. */
  private static String canonical(Quantity quantity) {
    try {
      return quantity.toSuffixedString();
    } catch (RuntimeException unprintable) {
      return String.valueOf(quantity.getNumber());
    }
  }

  private static String render(Quantity quantity) {
    return quantity == null ? "null" : canonical(quantity);
  }
}
