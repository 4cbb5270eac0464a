package dev.podwright.testing;

import static dev.podwright.testing.Texts.listOf;
import static dev.podwright.testing.Texts.quote;
import static dev.podwright.testing.Texts.quoteAll;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the container assertions describe what a container holds, in their failure messages. */
final class ContainerTexts {

  private ContainerTexts() {}

  /** The names in a container's {@code env}, in order. */
  static List<String> envNames(V1Container actual) {
    return listOf(actual.getEnv()).stream().map(V1EnvVar::getName).toList();
  }

  /** The volumes a container mounts, in order. */
  static List<String> mountedVolumes(V1Container actual) {
    return listOf(actual.getVolumeMounts()).stream().map(V1VolumeMount::getName).toList();
  }

  /** What a container's {@code envFrom} imports: {@code its envFrom is [configMap "a"]}. */
  static String describeEnvFrom(V1Container actual) {
    List<V1EnvFromSource> sources = listOf(actual.getEnvFrom());
    if (sources.isEmpty()) {
      return "it has no envFrom";
    }
    return "its envFrom is "
        + sources.stream()
            .map(
                s ->
                    s.getConfigMapRef() != null
                        ? "configMap " + quote(s.getConfigMapRef().getName())
                        : s.getSecretRef() != null
                            ? "secret " + quote(s.getSecretRef().getName())
                            : "an empty source")
            .collect(Collectors.joining(", ", "[", "]"));
  }

  /** What an env var holds: {@code "debug"}, {@code from secret "creds" key "token"}, ... */
  static String describe(V1EnvVar env) {
    V1EnvVarSource from = env.getValueFrom();
    if (from == null) {
      return quote(orEmpty(env.getValue()));
    }
    if (from.getSecretKeyRef() != null) {
      return "from secret "
          + quote(from.getSecretKeyRef().getName())
          + " key "
          + quote(from.getSecretKeyRef().getKey());
    }
    if (from.getConfigMapKeyRef() != null) {
      return "from configMap "
          + quote(from.getConfigMapKeyRef().getName())
          + " key "
          + quote(from.getConfigMapKeyRef().getKey());
    }
    if (from.getFieldRef() != null) {
      return "from field " + quote(from.getFieldRef().getFieldPath());
    }
    if (from.getResourceFieldRef() != null) {
      return "from resource " + quote(from.getResourceFieldRef().getResource());
    }
    if (from.getFileKeyRef() != null) {
      return "from file key " + quote(from.getFileKeyRef().getKey());
    }
    return "from an empty valueFrom";
  }

  /**
   * Why the container at {@code place} does not start before {@code other} (the text after {@code
   * expected <container>}), or null when it does: init containers start one after the other in list
   * order, all before any entry of {@code containers}, which start together.
   */
  static String startOrderMismatch(PodSpecAssert spec, ContainerPlace place, String other) {
    ContainerPlace otherInit = spec.find(other, true);
    ContainerPlace otherRegular = otherInit == null ? spec.find(other, false) : null;
    if (otherInit == null && otherRegular == null) {
      return "to start before "
          + quote(other)
          + " but the spec has no container "
          + quote(other)
          + "; its init containers are "
          + quoteAll(PodSpecAssert.names(place.spec().getInitContainers()))
          + " and containers are "
          + quoteAll(PodSpecAssert.names(place.spec().getContainers()));
    }
    if (!place.init()) {
      return "to start before "
          + quote(other)
          + " but it is a regular container, which starts together with the other containers"
          + " after every init container";
    }
    if (otherInit != null && otherInit.index() <= place.index()) {
      return "to start before "
          + quote(other)
          + " but "
          + quote(other)
          + " ("
          + otherInit.path()
          + ") comes "
          + (otherInit.index() == place.index() ? "at the same place" : "earlier")
          + " in initContainers";
    }
    return null;
  }

  /**
   * Why a container's requests or limits do not hold {@code quantity} of {@code resource} (the text
   * after {@code expected <container>}), or null when they do, compared by value.
   *
   * @throws IllegalArgumentException when {@code quantity} is not a Kubernetes quantity
   */
  static String quantityMismatch(
      String verb, String field, String resource, String quantity, Map<String, Quantity> values) {
    Quantity wanted = Quantities.require(quantity);
    Quantity had = values == null ? null : values.get(resource);
    if (had == null) {
      return "to "
          + verb
          + " "
          + resource
          + " "
          + quantity
          + " but it "
          + verb
          + "s no "
          + resource
          + "; its "
          + field
          + " are "
          + render(values);
    }
    if (!Quantities.sameValue(wanted, had)) {
      return "to "
          + verb
          + " "
          + resource
          + " "
          + quantity
          + " but it "
          + verb
          + "s "
          + had.toSuffixedString();
    }
    return null;
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String render(Map<String, Quantity> values) {
    Map<String, String> sorted = new TreeMap<>();
    if (values != null) {
      values.forEach((k, v) -> sorted.put(k, v == null ? "<null>" : v.toSuffixedString()));
    }
    return sorted.toString();
  }
}
