package dev.podwright.validation.rules.env;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.validation.Severity;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The {@code divisor} of an env {@code resourceFieldRef} is one the API server supports for that
 * resource ({@code ENV_RESOURCEFIELDREF_DIVISOR}).
 */
public final class EnvResourceFieldRefDivisor implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "ENV_RESOURCEFIELDREF_DIVISOR",
          Severity.ERROR,
          "E. Environment variables",
          "An env resourceFieldRef divisor is 1m or 1 for cpu, and 1, 1k..1E or 1Ki..1Ei for memory, ephemeral-storage and hugepages.",
          "The API server compares the divisor with a fixed list and rejects anything else (Invalid value).",
          "Use a supported divisor, e.g. 1m for cpu or 1Mi for memory, or leave divisor unset.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (EnvEntries.Env env : EnvEntries.env(context)) {
      V1EnvVarSource from = env.valueFrom();
      V1ResourceFieldSelector ref = from == null ? null : from.getResourceFieldRef();
      if (ref == null) {
        continue;
      }
      Optional<String> problem = problem(ref.getResource(), ref.getDivisor());
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

  private static final List<String> CPU_DIVISORS = List.of("1m", "1");
  private static final List<String> BYTE_DIVISORS =
      List.of("1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");

  /**
   * What is wrong with a divisor for a resource, or empty. Shared with the downward-API volume
   * checks: an unset or zero divisor means the default and is fine.
   */
  public static Optional<String> problem(String resource, Quantity divisor) {
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
