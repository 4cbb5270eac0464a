package dev.podwright.emit;

import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link ResourceDefaults} policy to one emitted container, key by key, deciding every
 * collision with the policy's precedence. Quantities are compared by value ({@code 0.5} is {@code
 * 500m}).
 */
final class ResourceDefaulter {

  private ResourceDefaulter() {}

  /**
   * Applies the policy to the container's resources (changed in place).
   *
   * @return whether the container's resources changed
   */
  static boolean apply(
      ResourceDefaults policy,
      V1Container container,
      String path,
      List<Collision> collisions,
      List<MergeConflict> conflicts) {
    if (policy == null || policy.isEmpty()) {
      return false;
    }
    V1ResourceRequirements own = container.getResources();
    Map<String, Quantity> requests = copy(own == null ? null : own.getRequests());
    Map<String, Quantity> limits = copy(own == null ? null : own.getLimits());
    Precedence precedence = policy.precedence();
    String resourcesPath = path + ".resources";
    boolean changed = false;
    for (Map.Entry<String, Quantity> entry : policy.defaults().requests().entrySet()) {
      String key = entry.getKey();
      Quantity limit = limits.get(key);
      if (!requests.containsKey(key)
          && limit != null
          && limit.getNumber() != null
          && entry.getValue().getNumber() != null
          && entry.getValue().getNumber().compareTo(limit.getNumber()) > 0) {
        continue;
      }
      changed |=
          put(
              requests,
              key,
              entry.getValue(),
              resourcesPath + ".requests",
              precedence,
              collisions,
              conflicts);
    }
    for (Map.Entry<String, Quantity> entry : policy.defaults().limits().entrySet()) {
      changed |=
          put(
              limits,
              entry.getKey(),
              entry.getValue(),
              resourcesPath + ".limits",
              precedence,
              collisions,
              conflicts);
    }
    for (Map.Entry<String, BigDecimal> factor : policy.limitFactors().entrySet()) {
      Quantity request = requests.get(factor.getKey());
      if (request != null) {
        Quantity derived =
            new Quantity(request.getNumber().multiply(factor.getValue()), request.getFormat());
        changed |=
            put(
                limits,
                factor.getKey(),
                derived,
                resourcesPath + ".limits",
                precedence,
                collisions,
                conflicts);
      }
    }
    if (changed) {
      V1ResourceRequirements result = own == null ? new V1ResourceRequirements() : own;
      result.setRequests(requests.isEmpty() ? null : requests);
      result.setLimits(limits.isEmpty() ? null : limits);
      if (result.getClaims() != null && result.getClaims().isEmpty()) {
        result.setClaims(null);
      }
      container.setResources(result);
    }
    return changed;
  }

  private static boolean put(
      Map<String, Quantity> values,
      String key,
      Quantity value,
      String mapPath,
      Precedence precedence,
      List<Collision> collisions,
      List<MergeConflict> conflicts) {
    Quantity existing = values.get(key);
    if (existing == null) {
      values.put(key, Quantities.canonical(value));
      return true;
    }
    if (sameValue(existing, value)) {
      return false;
    }
    String path = mapPath + "[" + key + "]";
    collisions.add(
        new Collision(path, existing.toSuffixedString(), value.toSuffixedString(), precedence));
    if (precedence == Precedence.OVERRIDE) {
      values.put(key, Quantities.canonical(value));
      return true;
    }
    if (precedence == Precedence.FAIL) {
      conflicts.add(
          new MergeConflict(
              path,
              existing.toSuffixedString(),
              value.toSuffixedString(),
              "the container sets "
                  + key
                  + " to "
                  + existing.toSuffixedString()
                  + ", the resource defaults to "
                  + value.toSuffixedString()
                  + "; drop one, or give the defaults KEEP_EXISTING or OVERRIDE."));
    }
    return false;
  }

  static boolean sameValue(Quantity a, Quantity b) {
    BigDecimal left = a.getNumber();
    BigDecimal right = b.getNumber();
    return left == null ? right == null : right != null && left.compareTo(right) == 0;
  }

  private static Map<String, Quantity> copy(Map<String, Quantity> values) {
    return values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
  }
}
